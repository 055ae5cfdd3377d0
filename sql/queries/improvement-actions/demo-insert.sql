-- A demo improvement action with its own status and times. $1 finding id, $2 metric key, $3 scope,
-- $4 target value, $5 target quarter, $6 measures, $7 owner, $8 deadline, $9 status, $10 done at,
-- $11 by, $12 created at.
INSERT INTO improvement_actions (finding_id, metric_key, scope, target_value, target_quarter, measures, owner, deadline, status,
  done_at, created_by, created_at, updated_at)
VALUES ($1::bigint, $2, $3, $4::float8, $5, $6, $7, $8::date, $9, $10::timestamptz, $11, $12::timestamptz, coalesce($10::timestamptz, $12::timestamptz))
