-- Sets review approval and publication times from $1 [{code, approvedAt, publishedAt}] (demo only).
UPDATE parcels p SET approved_at = x."approvedAt", published_at = x."publishedAt"
FROM jsonb_to_recordset($1::jsonb) AS x(code text, "approvedAt" timestamptz, "publishedAt" timestamptz)
WHERE p.code = x.code
