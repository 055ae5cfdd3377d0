-- Letters in force with the milestones still open, for the deadline worklist and parcel reminders.
SELECT c.id, c.parcel_code AS "parcelCode", p.name AS "parcelName", p.zone_code AS "zoneCode", e.name AS "enterpriseName",
  c.status, p.status AS "parcelStatus", c.start_by::text AS "startBy", c.complete_by::text AS "completeBy", c.output_by::text AS "outputBy",
  EXISTS (SELECT 1 FROM commitment_verifications v WHERE v.commitment_id = c.id AND v.stage = 'completion' AND v.passed) AS "completionPassed",
  EXISTS (SELECT 1 FROM commitment_verifications v WHERE v.commitment_id = c.id AND v.stage = 'output' AND v.passed) AS "outputPassed",
  -- An open 整改: the latest verification failed and set a deadline.
  (SELECT CASE WHEN v.passed THEN NULL ELSE v.rectify_by::text END FROM commitment_verifications v
    WHERE v.commitment_id = c.id ORDER BY v.verified_at DESC, v.id DESC LIMIT 1) AS "rectifyBy"
FROM commitments c
JOIN parcels p ON p.code = c.parcel_code
JOIN enterprises e ON e.uscc = c.uscc
WHERE c.status IN ('signed', 'in_force')
  AND ($1::text IS NULL OR c.parcel_code = $1)
ORDER BY c.id
