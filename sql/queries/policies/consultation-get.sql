-- One consultation question. $1 id.
SELECT c.id::int AS id, c.policy_id::int AS "policyId", p.title AS "policyTitle", c.zone_code AS "zoneCode",
  c.question, c.asker_uscc AS "askerUscc", c.asker_name AS "askerName", c.asked_by AS "askedBy",
  c.asked_channel AS "askedChannel", c.asked_at AS "askedAt", c.status, c.answer, c.answered_by AS "answeredBy",
  c.answered_channel AS "answeredChannel", c.answered_at AS "answeredAt", c.closed_at AS "closedAt", c.public, c.version
FROM policy_consultations c
LEFT JOIN policies p ON p.id = c.policy_id
WHERE c.id = $1::bigint
