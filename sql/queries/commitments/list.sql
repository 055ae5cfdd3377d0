-- Staff list and the parcel's link: filter by parcel, enterprise and status; newest first.
SELECT c.id, c.parcel_code AS "parcelCode", p.name AS "parcelName", p.zone_code AS "zoneCode", c.uscc,
  e.name AS "enterpriseName", c.project_name AS "projectName", c.status,
  c.start_by::text AS "startBy", c.complete_by::text AS "completeBy", c.output_by::text AS "outputBy",
  c.created_at AS "createdAt", c.updated_at AS "updatedAt",
  count(*) OVER () AS total
FROM commitments c
JOIN parcels p ON p.code = c.parcel_code
JOIN enterprises e ON e.uscc = c.uscc
WHERE ($1::text IS NULL OR c.parcel_code = $1)
  AND ($2::text IS NULL OR c.uscc = $2)
  AND ($3::text[] IS NULL OR c.status = ANY ($3::text[]))
ORDER BY c.created_at DESC, c.id DESC
LIMIT $4 OFFSET $5
