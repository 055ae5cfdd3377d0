-- One stored version with its bytes, and whose it is. $1 version id.
SELECT v.id::int AS id, m.uscc, m.type_code AS type, v.version, v.file_name AS "fileName", v.content_type AS "contentType",
       v.size_bytes AS "sizeBytes", v.sha256, v.content
FROM material_versions v
JOIN materials m ON m.id = v.material_id
WHERE v.id = $1
