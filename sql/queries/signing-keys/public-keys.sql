SELECT key_id AS "keyId", public_key_hex AS "publicKeyHex" FROM signing_keys WHERE key_id = ANY ($1::text[])
