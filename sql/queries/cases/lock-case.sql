-- The case row, locked for the rest of the transaction: every change to a case or its items takes it.
-- $1 case code.
SELECT c.code, c.version, c.uscc, c.parcel_code AS "parcelCode", p.status AS "parcelStatus",
       c.commitment_id AS "commitmentId", k.status AS "commitmentStatus", c.project_code AS "projectCode",
       c.created_at AS "createdAt"
FROM cases c
JOIN parcels p ON p.code = c.parcel_code
LEFT JOIN commitments k ON k.id = c.commitment_id
WHERE c.code = $1
FOR UPDATE OF c
