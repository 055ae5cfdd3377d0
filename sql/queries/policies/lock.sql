-- A policy's version, locked for an update in this transaction. $1 id.
SELECT id::int AS id, version FROM policies WHERE id = $1::bigint FOR UPDATE
