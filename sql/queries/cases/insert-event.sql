-- One timeline entry. $1 case, $2 case item id, $3 kind, $4 from status, $5 to status, $6 channel,
-- $7 actor, $8 actor role, $9 on behalf of (USCC), $10 occurred at, $11 recorded at, $12 reason, $13 data (json).
INSERT INTO case_events (case_code, case_item_id, kind, from_status, to_status, channel, actor, actor_role, on_behalf_of,
  occurred_at, recorded_at, reason, data)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb)
