INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at, expires_at, csrf_token, user_agent)
VALUES ($1, $2, $3::timestamptz, $3::timestamptz, $4::timestamptz, $5, $6)
