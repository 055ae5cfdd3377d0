-- Demo material versions with their bytes (hex in the JSON). $1 versions (PlannedVersion).
INSERT INTO material_versions (material_id, version, file_name, content_type, size_bytes, sha256, content, channel, uploaded_by, uploaded_at)
SELECT m.id, x.version, x."fileName", 'application/pdf', x."sizeBytes", x.sha256, decode(x."contentHex", 'hex'), x.channel, x."uploadedBy", x."uploadedAt"
FROM jsonb_to_recordset($1::jsonb) AS x(uscc text, type text, version int, "fileName" text, "contentHex" text, sha256 text, "sizeBytes" int,
  channel text, "uploadedBy" text, "uploadedAt" timestamptz)
JOIN materials m ON m.uscc = x.uscc AND m.type_code = x.type
