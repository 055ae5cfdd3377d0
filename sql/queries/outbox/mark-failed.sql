UPDATE outbox_messages
SET state = 'failing', next_attempt_at = $2, last_status = $3, last_error = $4
WHERE id = $1 AND state <> 'delivered'
