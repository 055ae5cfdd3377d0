-- The newest live commitment of each parcel with its enterprise, for the demo cases.
SELECT DISTINCT ON (c.parcel_code)
       c.parcel_code AS "parcelCode", c.id, c.uscc, c.status, c.project_code AS "projectCode", c.project_name AS "projectName",
       e.name, e.contact_name AS "contactName", e.contact_phone AS "contactPhone"
FROM commitments c
JOIN enterprises e ON e.uscc = c.uscc
WHERE c.status <> 'terminated'
ORDER BY c.parcel_code, c.created_at DESC
