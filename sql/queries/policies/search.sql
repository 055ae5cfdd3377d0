-- Policies matching every given filter (NULL = no filter), one page, newest first, with the total.
-- $1 free text (title, summary, full text, issuer, document number), $2 categories, $3 zone code,
-- $4 parcel code, $5 validity on $7 (pending | current | expired), $6 免申即享 only, $7 today (Beijing date),
-- $8 limit, $9 offset.
-- A zone or parcel filter gives the policies that apply there: linked to the parcel, to its zone, or
-- covering its division (scope_division is a prefix of the zone's or parcel's division code).
WITH v AS (
  SELECT p.*,
    CASE
      WHEN p.repealed_on IS NOT NULL AND p.repealed_on <= $7::date THEN 'expired'
      WHEN p.effective_until IS NOT NULL AND p.effective_until < $7::date THEN 'expired'
      WHEN p.effective_from > $7::date THEN 'pending'
      ELSE 'current'
    END AS validity
  FROM policies p
),
target_zone AS (SELECT code, county_code FROM zones WHERE code = $3::text),
target_parcel AS (SELECT id, zone_code, division_code FROM parcels WHERE code = $4::text AND workflow_state = 'published')
SELECT (count(*) OVER ())::int AS total,
  v.id::int AS id, v.title, v.category, v.issuer, v.document_no AS "documentNo",
  to_char(v.issued_on, 'YYYY-MM-DD') AS "issuedOn",
  to_char(v.effective_from, 'YYYY-MM-DD') AS "effectiveFrom",
  to_char(v.effective_until, 'YYYY-MM-DD') AS "effectiveUntil",
  to_char(v.repealed_on, 'YYYY-MM-DD') AS "repealedOn",
  v.validity, v.scope_division AS "scopeDivision", v.summary, v.exempt_application AS "exemptApplication",
  (SELECT count(*)::int FROM policy_attachments a WHERE a.policy_id = v.id) AS "attachmentCount",
  ARRAY(SELECT pz.zone_code FROM policy_zones pz WHERE pz.policy_id = v.id ORDER BY pz.zone_code) AS "zoneCodes"
FROM v
WHERE ($1::text IS NULL
    OR strpos(lower(v.title), lower($1::text)) > 0
    OR strpos(lower(v.summary), lower($1::text)) > 0
    OR strpos(lower(v.full_text), lower($1::text)) > 0
    OR strpos(lower(v.issuer), lower($1::text)) > 0
    OR strpos(lower(coalesce(v.document_no, '')), lower($1::text)) > 0)
  AND ($2::text[] IS NULL OR v.category = ANY ($2::text[]))
  AND ($3::text IS NULL OR EXISTS (
    SELECT 1 FROM target_zone z
    WHERE EXISTS (SELECT 1 FROM policy_zones pz WHERE pz.policy_id = v.id AND pz.zone_code = z.code)
      OR starts_with(z.county_code, v.scope_division)))
  AND ($4::text IS NULL OR EXISTS (
    SELECT 1 FROM target_parcel t
    WHERE EXISTS (SELECT 1 FROM policy_parcels pp WHERE pp.policy_id = v.id AND pp.parcel_id = t.id)
      OR EXISTS (SELECT 1 FROM policy_zones pz WHERE pz.policy_id = v.id AND pz.zone_code = t.zone_code)
      OR starts_with(t.division_code, v.scope_division)))
  AND ($5::text IS NULL OR v.validity = $5::text)
  AND ($6::boolean IS NULL OR v.exempt_application = $6::boolean)
ORDER BY v.issued_on DESC, v.id DESC
LIMIT $8::int OFFSET $9::int
