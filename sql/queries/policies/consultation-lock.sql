-- A consultation's state, locked for a change in this transaction. $1 id.
SELECT id::int AS id, status, asker_uscc AS "askerUscc", version FROM policy_consultations WHERE id = $1::bigint FOR UPDATE
