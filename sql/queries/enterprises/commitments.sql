SELECT c.id, c.parcel_code AS "parcelCode", p.name AS "parcelName", c.project_name AS "projectName", c.status,
  c.start_by::text AS "startBy", c.complete_by::text AS "completeBy", c.output_by::text AS "outputBy", c.created_at AS "createdAt"
FROM commitments c
JOIN parcels p ON p.code = c.parcel_code
WHERE c.uscc = $1
ORDER BY c.created_at DESC
