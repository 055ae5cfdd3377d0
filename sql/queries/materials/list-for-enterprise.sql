-- An enterprise's materials with every version (metadata only), by type. $1 USCC.
SELECT t.code AS type, t.name_zh AS "nameZh", t.name_en AS "nameEn", t.source,
       COALESCE(json_agg(json_build_object('id', v.id, 'version', v.version, 'fileName', v.file_name,
         'contentType', v.content_type, 'sizeBytes', v.size_bytes, 'sha256', v.sha256, 'channel', v.channel,
         'uploadedBy', v.uploaded_by, 'uploadedAt', v.uploaded_at) ORDER BY v.version DESC) FILTER (WHERE v.id IS NOT NULL), '[]'::json) AS versions
FROM material_types t
LEFT JOIN materials m ON m.type_code = t.code AND m.uscc = $1
LEFT JOIN material_versions v ON v.material_id = m.id
GROUP BY t.code, t.name_zh, t.name_en, t.source
ORDER BY t.code
