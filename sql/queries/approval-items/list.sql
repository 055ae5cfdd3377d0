-- The approval item catalog with each item's required materials, in catalog order.
-- $1 item code, or NULL for every item.
SELECT a.code,
       a.name_zh AS "nameZh",
       a.name_en AS "nameEn",
       a.department_zh AS "departmentZh",
       a.department_en AS "departmentEn",
       a.legal_basis AS "legalBasis",
       a.stage,
       a.service_kind AS "serviceKind",
       a.legal_limit_days AS "legalLimitDays",
       a.committed_limit_days AS "committedLimitDays",
       a.deficiency_allowed AS "deficiencyAllowed",
       a.channels,
       a.fee_yuan::float8 AS "feeYuan",
       a.fee_note_zh AS "feeNoteZh",
       a.result_zh AS "resultZh",
       COALESCE((
         SELECT json_agg(json_build_object('type', m.material_type, 'nameZh', t.name_zh, 'nameEn', t.name_en,
                  'source', t.source, 'key', m.key_material) ORDER BY m.sort_order)
         FROM approval_item_materials m JOIN material_types t ON t.code = m.material_type
         WHERE m.item_code = a.code), '[]'::json) AS materials
FROM approval_items a
WHERE $1::text IS NULL OR a.code = $1::text
ORDER BY a.sort_order, a.code
