-- One item of a case with what a transition needs. $1 case code, $2 item code.
SELECT ci.id::int AS id, ci.item_code AS "itemCode", a.name_zh AS "nameZh", ci.status, ci.committed_limit_days AS "committedLimitDays",
       a.deficiency_allowed AS "deficiencyAllowed", a.channels,
       ci.accepted_on::text AS "acceptedOn", ci.suspended_since::text AS "suspendedSince",
       (SELECT max(e.occurred_at) FROM case_events e WHERE e.case_code = ci.case_code
          AND (e.case_item_id = ci.id OR e.kind = 'case_created')) AS "lastEventAt"
FROM case_items ci
JOIN approval_items a ON a.code = ci.item_code
WHERE ci.case_code = $1 AND ci.item_code = $2
