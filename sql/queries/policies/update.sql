-- Replaces a policy's fields when its version is still $15 (optimistic locking); no row when it is not.
-- $1 id, $2 title, $3 category, $4 issuer, $5 document number, $6 issued on, $7 effective from,
-- $8 effective until, $9 repealed on, $10 scope division, $11 summary, $12 full text, $13 免申即享, $14 contact, $15 version.
UPDATE policies SET
  title = $2, category = $3, issuer = $4, document_no = $5, issued_on = $6::date, effective_from = $7::date,
  effective_until = $8::date, repealed_on = $9::date, scope_division = $10, summary = $11, full_text = $12,
  exempt_application = $13, contact = $14, version = version + 1, updated_at = now()
WHERE id = $1::bigint AND version = $15::int
RETURNING id::int AS id, version
