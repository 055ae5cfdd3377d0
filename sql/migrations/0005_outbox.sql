-- Transactional outbox (guide §6: interconnection with the credit, engineering-approval and
-- investment-approval platforms). A feature inserts its message in the same transaction as the
-- business change, so both commit or neither does; a delivery loop posts due messages to the peer
-- platform and keeps retrying with backoff. A message is never deleted: after many failures it stays
-- 'failing' and visible to administrators.
-- The topic and state lists mirror OUTBOX_TOPICS / OUTBOX_STATES in server/src/outbox/outbox.ts;
-- tests/server/outbox/outbox-schema.test.ts keeps them equal.
CREATE TABLE outbox_messages (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  topic text NOT NULL CHECK (topic IN ('credit-record', 'approval-item-status')),
  -- The receiver's idempotency key (sent as Idempotency-Key), e.g. the credit record id.
  message_id text NOT NULL CHECK (length(message_id) BETWEEN 1 AND 200),
  payload jsonb NOT NULL CHECK (jsonb_typeof(payload) = 'object'),
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'failing', 'delivered')),
  created_at timestamptz NOT NULL DEFAULT now(),
  -- Due time of the next attempt; while a worker holds the message it is the end of that lease.
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  last_attempt_at timestamptz,
  last_status integer,
  last_error text,
  -- The peer's acknowledgement id, when its answer carried one.
  receipt_id text,
  delivered_at timestamptz,
  UNIQUE (topic, message_id),
  CHECK ((state = 'delivered') = (delivered_at IS NOT NULL))
);
-- The delivery loop's scan: undelivered messages by due time.
CREATE INDEX outbox_messages_due_idx ON outbox_messages (next_attempt_at, id) WHERE state <> 'delivered';
CREATE INDEX outbox_messages_topic_state_idx ON outbox_messages (topic, state, id);
