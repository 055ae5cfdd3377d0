UPDATE outbox_messages
SET state = 'delivered', delivered_at = $2, last_status = $3, last_error = NULL, receipt_id = $4
WHERE id = $1 AND state <> 'delivered'
