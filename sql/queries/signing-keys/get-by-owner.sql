SELECT key_id AS "keyId", owner_name AS "ownerName", public_key_hex AS "publicKeyHex", private_key AS "privateKey"
FROM signing_keys
WHERE owner_kind = $1 AND owner_id = $2
