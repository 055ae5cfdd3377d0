-- $1 parcel code, $2 who, $3 verdict, $4 input (plan + figures), $5 report.
INSERT INTO check_records (parcel_id, created_by, verdict, input, report)
SELECT p.id, $2, $3, $4::jsonb, $5::jsonb FROM parcels p WHERE p.code = $1
RETURNING id, created_at AS "createdAt"
