-- Parcels published before the quarter's end and still published, with what their completeness needs.
-- $1 quarter end (exclusive instant), $2 division prefix, $3 zone code (one of them NULL), $4 evaluation day.
SELECT p.code, p.name, p.land_use_code AS "landUseCode", p.division_code::text AS "divisionCode", p.zone_code AS "zoneCode",
  (ST_IsValid(p.geom) AND NOT ST_IsEmpty(p.geom) AND p.area_m2 > 0) AS "geometryComplete",
  ARRAY(SELECT i.key FROM parcel_indicators i
        WHERE i.parcel_id = p.id AND (i.value IS NOT NULL OR i.text_value IS NOT NULL) ORDER BY i.key) AS "indicatorKeys",
  (SELECT count(*)::int FROM regional_assessments a
   WHERE (a.parcel_id = p.id OR a.zone_code = p.zone_code)
     AND a.issued_on <= $4::date AND (a.valid_until IS NULL OR a.valid_until >= $4::date)) AS "validAssessments",
  p.infrastructure
FROM parcels p
WHERE p.workflow_state = 'published' AND p.published_at < $1::timestamptz
  AND ($2::text IS NULL OR starts_with(p.division_code::text, $2::text))
  AND ($3::text IS NULL OR p.zone_code = $3::text)
ORDER BY p.code
