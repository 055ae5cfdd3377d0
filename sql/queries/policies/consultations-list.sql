-- Consultation questions, newest first, with the total. $1 policy id, $2 statuses, $3 asker USCC (an
-- enterprise sees its own only), $4 public only (anonymous visitors: answered questions marked public),
-- $5 limit, $6 offset.
SELECT (count(*) OVER ())::int AS total,
  c.id::int AS id, c.policy_id::int AS "policyId", p.title AS "policyTitle", c.zone_code AS "zoneCode",
  c.question, c.asker_uscc AS "askerUscc", c.asker_name AS "askerName", c.asked_by AS "askedBy",
  c.asked_channel AS "askedChannel", c.asked_at AS "askedAt", c.status, c.answer, c.answered_by AS "answeredBy",
  c.answered_channel AS "answeredChannel", c.answered_at AS "answeredAt", c.closed_at AS "closedAt", c.public, c.version
FROM policy_consultations c
LEFT JOIN policies p ON p.id = c.policy_id
WHERE ($1::bigint IS NULL OR c.policy_id = $1::bigint)
  AND ($2::text[] IS NULL OR c.status = ANY ($2::text[]))
  AND ($3::text IS NULL OR c.asker_uscc = $3::text)
  AND (NOT $4::boolean OR (c.public AND c.answer IS NOT NULL))
ORDER BY c.asked_at DESC, c.id DESC
LIMIT $5::int OFFSET $6::int
