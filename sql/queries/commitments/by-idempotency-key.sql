SELECT id, created_by AS "createdBy" FROM commitments WHERE idempotency_key = $1
