INSERT INTO credit_records (id, uscc, kind, commitment_id, parcel_code, verification_id, indicator_key, committed_value,
  actual_value, margin, reason)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
RETURNING decided_at AS "decidedAt"
