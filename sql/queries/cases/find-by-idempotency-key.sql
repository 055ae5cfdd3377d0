-- $1 Idempotency-Key of a POST /api/cases.
SELECT code, uscc, created_by AS "createdBy" FROM cases WHERE idempotency_key = $1
