-- The newest version of a material (metadata). $1 material id.
SELECT id::int AS id, version, file_name AS "fileName", content_type AS "contentType", size_bytes AS "sizeBytes", sha256, uploaded_at AS "uploadedAt"
FROM material_versions WHERE material_id = $1 ORDER BY version DESC LIMIT 1
