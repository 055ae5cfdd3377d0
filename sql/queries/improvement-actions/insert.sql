-- A new action from a finding. $1 finding id, $2 metric key, $3 scope, $4 target value, $5 target quarter,
-- $6 measures, $7 owner, $8 deadline, $9 by.
INSERT INTO improvement_actions (finding_id, metric_key, scope, target_value, target_quarter, measures, owner, deadline, created_by)
VALUES ($1::bigint, $2, $3, $4::float8, $5, $6, $7, $8::date, $9)
RETURNING id::int AS id
