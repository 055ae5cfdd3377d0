-- Instantiates catalog items for a case, in the given order, copying their current time limits.
-- $1 case code, $2 item codes.
INSERT INTO case_items (case_code, item_code, seq, legal_limit_days, committed_limit_days)
SELECT $1, a.code, u.ord::int, a.legal_limit_days, a.committed_limit_days
FROM unnest($2::text[]) WITH ORDINALITY AS u(code, ord)
JOIN approval_items a ON a.code = u.code
ORDER BY u.ord
