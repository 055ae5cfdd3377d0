-- A concurrent first signature may have created the key already; the caller reads it back.
INSERT INTO signing_keys (key_id, owner_kind, owner_id, owner_name, public_key_hex, private_key)
VALUES ($1, $2, $3, $4, $5, $6)
ON CONFLICT DO NOTHING
