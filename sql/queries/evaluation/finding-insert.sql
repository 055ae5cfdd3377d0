-- A new finding. $1 quarter, $2 scope, $3 metric key, $4 severity, $5 title, $6 description, $7 by, $8 role.
INSERT INTO evaluation_findings (quarter, scope, metric_key, severity, title, description, created_by, created_role)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
RETURNING id::int AS id
