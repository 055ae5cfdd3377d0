-- Every published parcel with its zone, division and publication time: the population K3 samples from.
SELECT p.code, p.division_code::text AS "divisionCode", p.zone_code AS "zoneCode", p.published_at AS "publishedAt"
FROM parcels p
WHERE p.workflow_state = 'published' AND p.published_at IS NOT NULL
ORDER BY p.code
