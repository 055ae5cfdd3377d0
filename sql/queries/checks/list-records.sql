-- Check records of one parcel, newest first, without the bulky input. $1 parcel code, $2 limit, $3 offset.
SELECT count(*) OVER () AS total, r.id, r.created_at AS "createdAt", r.created_by AS "createdBy", r.verdict
FROM check_records r JOIN parcels p ON p.id = r.parcel_id
WHERE p.code = $1
ORDER BY r.created_at DESC, r.id DESC
LIMIT $2 OFFSET $3
