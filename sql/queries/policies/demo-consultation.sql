-- A demo consultation with its own timestamps. $1 policy id, $2 question, $3 asker USCC, $4 asker name,
-- $5 entered by, $6 channel, $7 asked at, $8 status, $9 answer, $10 answered by, $11 answer channel,
-- $12 answered at, $13 closed at, $14 public.
INSERT INTO policy_consultations (policy_id, question, asker_uscc, asker_name, asked_by, asked_channel, asked_at, status,
  answer, answered_by, answered_channel, answered_at, closed_at, public)
VALUES ($1::bigint, $2, $3, $4, $5, $6, $7::timestamptz, $8, $9, $10, $11, $12::timestamptz, $13::timestamptz, $14::boolean)
