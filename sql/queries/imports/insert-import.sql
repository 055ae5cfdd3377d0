-- $1 who, $2 file name, $3 detected source, $4 staged parcels, $5 preview shown to the user.
INSERT INTO imports (created_by, file_name, detected, features, preview)
VALUES ($1, $2, $3::jsonb, $4::jsonb, $5::jsonb)
RETURNING id, created_at AS "createdAt"
