-- The demo enterprises' materials, one per enterprise and type. $1 versions (PlannedVersion).
INSERT INTO materials (uscc, type_code, created_at)
SELECT x.uscc, x.type, min(x."uploadedAt")
FROM jsonb_to_recordset($1::jsonb) AS x(uscc text, type text, "uploadedAt" timestamptz)
GROUP BY x.uscc, x.type
ON CONFLICT (uscc, type_code) DO NOTHING
