INSERT INTO users (username, role, display_name, uscc, password_hash)
VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (username) DO NOTHING
RETURNING id, created_at AS "createdAt"
