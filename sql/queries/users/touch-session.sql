UPDATE sessions SET last_seen_at = $2::timestamptz WHERE id_hash = $1
