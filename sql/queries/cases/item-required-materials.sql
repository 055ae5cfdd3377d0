-- The materials an item requires. $1 item code.
SELECT m.material_type AS type, t.name_zh AS "nameZh", t.name_en AS "nameEn", t.source, m.key_material AS key
FROM approval_item_materials m
JOIN material_types t ON t.code = m.material_type
WHERE m.item_code = $1
ORDER BY m.sort_order
