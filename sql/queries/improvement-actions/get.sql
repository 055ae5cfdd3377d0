-- One improvement action with its finding. $1 id.
SELECT a.id::int AS id, a.finding_id::int AS "findingId", f.title AS "findingTitle", f.quarter AS "findingQuarter",
  a.metric_key AS "metricKey", a.scope, a.target_value AS "targetValue", a.target_quarter AS "targetQuarter",
  a.measures, a.owner, to_char(a.deadline, 'YYYY-MM-DD') AS deadline, a.status AS "storedStatus", a.done_at AS "doneAt",
  a.version, a.created_by AS "createdBy", a.created_at AS "createdAt", a.updated_at AS "updatedAt"
FROM improvement_actions a
JOIN evaluation_findings f ON f.id = a.finding_id
WHERE a.id = $1::bigint
