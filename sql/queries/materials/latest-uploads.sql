-- The newest version of each material an enterprise uploaded (metadata only). $1 USCC.
SELECT DISTINCT ON (m.type_code)
       m.type_code AS type, v.id::int AS id, v.version, v.file_name AS "fileName", v.content_type AS "contentType",
       v.size_bytes AS "sizeBytes", v.sha256, v.uploaded_at AS "uploadedAt"
FROM materials m
JOIN material_versions v ON v.material_id = m.id
WHERE m.uscc = $1
ORDER BY m.type_code, v.version DESC
