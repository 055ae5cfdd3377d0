-- One finding. $1 id.
SELECT f.id::int AS id, f.quarter, f.scope, f.metric_key AS "metricKey", f.severity, f.title, f.description,
  f.created_by AS "createdBy", f.created_role AS "createdRole", f.created_at AS "createdAt",
  (SELECT count(*)::int FROM improvement_actions a WHERE a.finding_id = f.id) AS "actionCount"
FROM evaluation_findings f
WHERE f.id = $1::bigint
