-- Findings, newest first. $1 quarter (NULL = all), $2 scope (NULL = all): the scope itself and every
-- region inside it (a division prefix covers its divisions and the zones in them), $3 limit.
SELECT f.id::int AS id, f.quarter, f.scope, f.metric_key AS "metricKey", f.severity, f.title, f.description,
  f.created_by AS "createdBy", f.created_role AS "createdRole", f.created_at AS "createdAt",
  (SELECT count(*)::int FROM improvement_actions a WHERE a.finding_id = f.id) AS "actionCount"
FROM evaluation_findings f
WHERE ($1::text IS NULL OR f.quarter = $1::text)
  AND ($2::text IS NULL OR f.scope = $2::text
    OR ($2::text ~ '^14' AND (
      (f.scope ~ '^14' AND starts_with(f.scope, $2::text))
      OR EXISTS (SELECT 1 FROM zones z WHERE z.code = f.scope AND starts_with(z.county_code::text, $2::text)))))
ORDER BY f.created_at DESC, f.id DESC
LIMIT $3::int
