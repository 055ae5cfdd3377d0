-- Bundle templates with their item codes in order.
SELECT b.code, b.name_zh AS "nameZh", b.name_en AS "nameEn",
       (SELECT json_agg(i.item_code ORDER BY i.seq) FROM bundle_template_items i WHERE i.bundle_code = b.code) AS items
FROM bundle_templates b
ORDER BY b.code
