INSERT INTO commitments (id, parcel_code, uscc, project_code, project_name, industry_code, start_by, complete_by, output_by,
  document, authority_id, authority_name, idempotency_key, created_by, created_at, updated_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15)
