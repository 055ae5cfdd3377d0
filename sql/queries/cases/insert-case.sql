-- $1 code, $2 uscc, $3 parcel, $4 commitment, $5 bundle, $6 project code, $7 project name,
-- $8 origin channel, $9 assigned agent, $10 contact name, $11 contact phone, $12 confirmed by,
-- $13 confirmation method, $14 opened at, $15 created by, $16 idempotency key, $17 recorded at.
INSERT INTO cases (code, uscc, parcel_code, commitment_id, bundle_code, project_code, project_name, origin_channel,
  assigned_agent, contact_name, contact_phone, confirmed_by, confirmation_method, confirmed_at, created_by, created_at,
  updated_at, idempotency_key)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $14, $17, $16)
