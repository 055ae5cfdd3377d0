-- A new question. $1 policy id, $2 zone code, $3 question, $4 asker USCC, $5 asker name, $6 entered by, $7 channel.
INSERT INTO policy_consultations (policy_id, zone_code, question, asker_uscc, asker_name, asked_by, asked_channel)
VALUES ($1::bigint, $2, $3, $4, $5, $6, $7)
RETURNING id::int AS id
