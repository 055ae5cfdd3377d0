-- A demo finding with its own time. $1 quarter, $2 scope, $3 metric key, $4 severity, $5 title,
-- $6 description, $7 by, $8 role, $9 created at.
INSERT INTO evaluation_findings (quarter, scope, metric_key, severity, title, description, created_by, created_role, created_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::timestamptz)
RETURNING id::int AS id
