-- The agent desk: cases matching every given filter (NULL = no filter), one page, with the total.
-- $1 USCC (an enterprise sees its own), $2 assigned agent, $3 item statuses (any item in one of them),
-- $4 zone codes, $5 free text (case code, enterprise, parcel, project), $6 today, $7 last due date for
-- "due soon", $8 overdue (true: has an overdue item; false: has none), $9 origin channels,
-- $10 sort (due | -created | code), $11 limit, $12 offset, $13 parcel code.
WITH stats AS (
  SELECT ci.case_code,
         count(*)::int AS total,
         count(*) FILTER (WHERE ci.status = 'completed')::int AS completed,
         count(*) FILTER (WHERE ci.status = 'rejected')::int AS rejected,
         count(*) FILTER (WHERE ci.status IN ('accepted', 'accepted_with_deficiency'))::int AS running,
         count(*) FILTER (WHERE ci.status IN ('accepted', 'accepted_with_deficiency') AND ci.suspended_since IS NULL
           AND ci.due_on < $6::date)::int AS overdue,
         count(*) FILTER (WHERE ci.suspended_since IS NOT NULL AND ci.status IN ('accepted', 'accepted_with_deficiency'))::int AS suspended,
         min(ci.due_on) FILTER (WHERE ci.status IN ('accepted', 'accepted_with_deficiency') AND ci.suspended_since IS NULL) AS next_due_on,
         min(ci.due_on) FILTER (WHERE ci.status IN ('accepted', 'accepted_with_deficiency') AND ci.suspended_since IS NULL
           AND ci.due_on >= $6::date) AS next_upcoming_due_on,
         array_agg(DISTINCT ci.status) AS statuses
  FROM case_items ci
  GROUP BY ci.case_code
)
SELECT count(*) OVER ()::int AS "totalCount",
       c.code, c.uscc, e.name AS "enterpriseName", c.parcel_code AS "parcelCode", p.name AS "parcelName",
       p.zone_code AS "zoneCode", z.name AS "zoneName", z.county_name AS "countyName",
       c.project_name AS "projectName", c.project_code AS "projectCode", c.origin_channel AS "originChannel",
       c.assigned_agent AS "assignedAgent", u.display_name AS "assignedAgentName",
       c.created_at AS "createdAt", c.updated_at AS "updatedAt", c.version,
       s.total, s.completed, s.rejected, s.running, s.overdue, s.suspended,
       s.next_due_on::text AS "nextDueOn", s.statuses
FROM cases c
JOIN stats s ON s.case_code = c.code
JOIN enterprises e ON e.uscc = c.uscc
JOIN parcels p ON p.code = c.parcel_code
JOIN zones z ON z.code = p.zone_code
LEFT JOIN users u ON u.username = c.assigned_agent
WHERE ($1::text IS NULL OR c.uscc = $1::text)
  AND ($2::text IS NULL OR c.assigned_agent = $2::text)
  AND ($3::text[] IS NULL OR s.statuses && $3::text[])
  AND ($4::text[] IS NULL OR p.zone_code = ANY ($4::text[]))
  AND ($5::text IS NULL
    OR strpos(c.code, upper($5::text)) > 0
    OR strpos(e.name, $5::text) > 0
    OR strpos(c.parcel_code, $5::text) > 0
    OR strpos(lower(c.project_name), lower($5::text)) > 0
    OR strpos(c.uscc, upper($5::text)) > 0)
  AND ($7::date IS NULL OR s.next_upcoming_due_on <= $7::date)
  AND ($8::boolean IS NULL OR (s.overdue > 0) = $8::boolean)
  AND ($9::text[] IS NULL OR c.origin_channel = ANY ($9::text[]))
  AND ($13::text IS NULL OR c.parcel_code = $13::text)
ORDER BY
  CASE WHEN $10::text = 'due' THEN (s.overdue > 0) END DESC,
  CASE WHEN $10::text = 'due' THEN s.next_due_on END ASC NULLS LAST,
  CASE WHEN $10::text = 'code' THEN c.code END ASC,
  c.created_at DESC,
  c.code
LIMIT $11 OFFSET $12
