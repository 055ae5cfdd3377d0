-- An action's state, locked for a change in this transaction. $1 id.
SELECT id::int AS id, status, version FROM improvement_actions WHERE id = $1::bigint FOR UPDATE
