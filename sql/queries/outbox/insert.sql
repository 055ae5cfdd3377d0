INSERT INTO outbox_messages (topic, message_id, payload)
VALUES ($1, $2, $3::jsonb)
ON CONFLICT (topic, message_id) DO NOTHING
