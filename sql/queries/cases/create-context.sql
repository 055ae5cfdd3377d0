-- What opening a case needs to check, in one row: the enterprise, the parcel and the commitment.
-- $1 USCC, $2 parcel code, $3 commitment id (or NULL).
SELECT (SELECT name FROM enterprises WHERE uscc = $1) AS "enterpriseName",
       p.code AS "parcelCode",
       p.status AS "parcelStatus",
       z.county_code AS "countyCode",
       c.id AS "commitmentId",
       c.uscc AS "commitmentUscc",
       c.parcel_code AS "commitmentParcelCode",
       c.status AS "commitmentStatus",
       c.project_code AS "commitmentProjectCode",
       c.project_name AS "commitmentProjectName"
FROM (SELECT 1) AS one
LEFT JOIN parcels p ON p.code = $2
LEFT JOIN zones z ON z.code = p.zone_code
LEFT JOIN commitments c ON c.id = $3
