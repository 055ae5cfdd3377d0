-- A new version of a material. $1 material id, $2 file name, $3 content type, $4 size, $5 sha256,
-- $6 bytes, $7 channel, $8 uploaded by, $9 uploaded at.
INSERT INTO material_versions (material_id, version, file_name, content_type, size_bytes, sha256, content, channel, uploaded_by, uploaded_at)
SELECT $1, COALESCE(max(version), 0) + 1, $2, $3, $4, $5, $6, $7, $8, $9
FROM material_versions WHERE material_id = $1
RETURNING id::int AS id, version, file_name AS "fileName", content_type AS "contentType", size_bytes AS "sizeBytes", sha256, uploaded_at AS "uploadedAt"
