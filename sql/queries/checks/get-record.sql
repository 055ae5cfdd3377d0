-- One check record of a parcel with its input and report. $1 parcel code, $2 record id.
SELECT r.id, r.created_at AS "createdAt", r.created_by AS "createdBy", r.verdict, r.input, r.report
FROM check_records r JOIN parcels p ON p.id = r.parcel_id
WHERE p.code = $1 AND r.id = $2
