-- What each demo item used (PlannedItemMaterial): a shared source or an uploaded version. $1 rows.
INSERT INTO case_item_materials (case_item_id, material_type, source, material_version_id, attached_at)
SELECT ci.id, x.type, x.source, v.id, x."attachedAt"
FROM jsonb_to_recordset($1::jsonb) AS x("caseCode" text, "itemCode" text, type text, source text, version int, "attachedAt" timestamptz)
JOIN case_items ci ON ci.case_code = x."caseCode" AND ci.item_code = x."itemCode"
JOIN cases c ON c.code = x."caseCode"
LEFT JOIN materials m ON x.source = 'upload' AND m.uscc = c.uscc AND m.type_code = x.type
LEFT JOIN material_versions v ON v.material_id = m.id AND v.version = x.version
