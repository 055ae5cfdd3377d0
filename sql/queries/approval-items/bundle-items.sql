-- The item codes of a bundle template, in order. $1 bundle code.
SELECT b.code AS "bundleCode", b.name_zh AS "nameZh", b.name_en AS "nameEn", i.item_code AS "itemCode", i.seq
FROM bundle_templates b
JOIN bundle_template_items i ON i.bundle_code = b.code
WHERE b.code = $1
ORDER BY i.seq
