-- Improvement actions with their finding, soonest deadline first. $1 target quarter, $2 scope (the scope
-- and every region inside it, as in evaluation/findings-list.sql), $3 finding id, $4 limit.
SELECT a.id::int AS id, a.finding_id::int AS "findingId", f.title AS "findingTitle", f.quarter AS "findingQuarter",
  a.metric_key AS "metricKey", a.scope, a.target_value AS "targetValue", a.target_quarter AS "targetQuarter",
  a.measures, a.owner, to_char(a.deadline, 'YYYY-MM-DD') AS deadline, a.status AS "storedStatus", a.done_at AS "doneAt",
  a.version, a.created_by AS "createdBy", a.created_at AS "createdAt", a.updated_at AS "updatedAt"
FROM improvement_actions a
JOIN evaluation_findings f ON f.id = a.finding_id
WHERE ($1::text IS NULL OR a.target_quarter = $1::text)
  AND ($2::text IS NULL OR a.scope = $2::text
    OR ($2::text ~ '^14' AND (
      (a.scope ~ '^14' AND starts_with(a.scope, $2::text))
      OR EXISTS (SELECT 1 FROM zones z WHERE z.code = a.scope AND starts_with(z.county_code::text, $2::text)))))
  AND ($3::bigint IS NULL OR a.finding_id = $3::bigint)
ORDER BY a.deadline, a.id
LIMIT $4::int
