-- Every material each item of a case requires, with what the item used (source or uploaded version).
-- $1 case code.
SELECT ci.item_code AS "itemCode", m.material_type AS type, t.name_zh AS "nameZh", t.name_en AS "nameEn",
       t.source, m.key_material AS key,
       cim.source AS "usedSource", cim.material_version_id::int AS "usedVersionId", v.version AS "usedVersion",
       cim.attached_at AS "usedAt"
FROM case_items ci
JOIN approval_item_materials m ON m.item_code = ci.item_code
JOIN material_types t ON t.code = m.material_type
LEFT JOIN case_item_materials cim ON cim.case_item_id = ci.id AND cim.material_type = m.material_type
LEFT JOIN material_versions v ON v.id = cim.material_version_id
WHERE ci.case_code = $1
ORDER BY ci.seq, m.sort_order
