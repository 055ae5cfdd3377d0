-- A policy's attachments from the JSON array $2 [{name, url, mediaType, sizeBytes}], in that order. $1 policy id.
INSERT INTO policy_attachments (policy_id, position, name, url, media_type, size_bytes)
SELECT $1::bigint, (a.ord - 1)::int, a.item ->> 'name', a.item ->> 'url', coalesce(a.item ->> 'mediaType', 'application/pdf'),
  (a.item ->> 'sizeBytes')::bigint
FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS a(item, ord)
