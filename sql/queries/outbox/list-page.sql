SELECT id, topic, message_id AS "messageId", state, attempts, created_at AS "createdAt",
       next_attempt_at AS "nextAttemptAt", last_attempt_at AS "lastAttemptAt", last_status AS "lastStatus",
       last_error AS "lastError", receipt_id AS "receiptId", delivered_at AS "deliveredAt", payload
FROM outbox_messages
WHERE ($1::text IS NULL OR topic = $1) AND ($2::text IS NULL OR state = $2)
ORDER BY id DESC
LIMIT $3 OFFSET $4
