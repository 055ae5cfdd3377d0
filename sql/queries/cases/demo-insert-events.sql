-- Demo timeline entries (PlannedEvent), some typed in after they happened. $1 events.
INSERT INTO case_events (case_code, case_item_id, kind, from_status, to_status, channel, actor, actor_role, on_behalf_of, occurred_at, recorded_at, reason, data)
SELECT x."caseCode", ci.id, x.kind, x."fromStatus", x."toStatus", x.channel, x.actor, x."actorRole", x."onBehalfOf", x."occurredAt", x."recordedAt", x.reason, x.data
FROM jsonb_to_recordset($1::jsonb) AS x("caseCode" text, "itemCode" text, kind text, "fromStatus" text, "toStatus" text, channel text, actor text,
  "actorRole" text, "onBehalfOf" text, "occurredAt" timestamptz, "recordedAt" timestamptz, reason text, data jsonb)
LEFT JOIN case_items ci ON ci.case_code = x."caseCode" AND ci.item_code = x."itemCode"
ORDER BY x."occurredAt"
