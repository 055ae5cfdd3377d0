-- The administrator's "retry now": a waiting message becomes due at $2 (a delivered one is left alone).
UPDATE outbox_messages
SET next_attempt_at = $2
WHERE id = $1 AND state <> 'delivered'
RETURNING id
