-- One policy with its attachments, linked zones and (published) parcels. $1 id, $2 today (Beijing date).
SELECT p.id::int AS id, p.title, p.category, p.issuer, p.document_no AS "documentNo",
  to_char(p.issued_on, 'YYYY-MM-DD') AS "issuedOn",
  to_char(p.effective_from, 'YYYY-MM-DD') AS "effectiveFrom",
  to_char(p.effective_until, 'YYYY-MM-DD') AS "effectiveUntil",
  to_char(p.repealed_on, 'YYYY-MM-DD') AS "repealedOn",
  CASE
    WHEN p.repealed_on IS NOT NULL AND p.repealed_on <= $2::date THEN 'expired'
    WHEN p.effective_until IS NOT NULL AND p.effective_until < $2::date THEN 'expired'
    WHEN p.effective_from > $2::date THEN 'pending'
    ELSE 'current'
  END AS validity,
  p.scope_division AS "scopeDivision", p.summary, p.full_text AS "fullText", p.exempt_application AS "exemptApplication",
  p.contact, p.version, p.created_by AS "createdBy", p.created_at AS "createdAt", p.updated_at AS "updatedAt",
  coalesce((SELECT json_agg(json_build_object('name', a.name, 'url', a.url, 'mediaType', a.media_type, 'sizeBytes', a.size_bytes) ORDER BY a.position)
    FROM policy_attachments a WHERE a.policy_id = p.id), '[]'::json) AS attachments,
  coalesce((SELECT json_agg(json_build_object('code', z.code, 'name', z.name) ORDER BY z.code)
    FROM policy_zones pz JOIN zones z ON z.code = pz.zone_code WHERE pz.policy_id = p.id), '[]'::json) AS zones,
  coalesce((SELECT json_agg(json_build_object('code', pa.code, 'name', pa.name) ORDER BY pa.code)
    FROM policy_parcels pp JOIN parcels pa ON pa.id = pp.parcel_id
    WHERE pp.policy_id = p.id AND pa.workflow_state = 'published'), '[]'::json) AS parcels
FROM policies p
WHERE p.id = $1::bigint
