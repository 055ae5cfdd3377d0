-- Records which source or uploaded version an item used, replacing an earlier record.
-- $1 item id, $2 [{type, source, versionId}], $3 at.
INSERT INTO case_item_materials (case_item_id, material_type, source, material_version_id, attached_at)
SELECT $1, x.type, x.source, x."versionId", $3
FROM jsonb_to_recordset($2::jsonb) AS x(type text, source text, "versionId" bigint)
ON CONFLICT (case_item_id, material_type) DO UPDATE
SET source = EXCLUDED.source, material_version_id = EXCLUDED.material_version_id, attached_at = EXCLUDED.attached_at
