-- A new policy. $1 title, $2 category, $3 issuer, $4 document number, $5 issued on, $6 effective from,
-- $7 effective until, $8 repealed on, $9 scope division, $10 summary, $11 full text, $12 免申即享, $13 contact, $14 who.
INSERT INTO policies (title, category, issuer, document_no, issued_on, effective_from, effective_until, repealed_on,
  scope_division, summary, full_text, exempt_application, contact, created_by)
VALUES ($1, $2, $3, $4, $5::date, $6::date, $7::date, $8::date, $9, $10, $11, $12, $13, $14)
RETURNING id::int AS id, version
