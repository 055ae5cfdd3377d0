-- A case's header for the case view: enterprise, parcel, zone, commitment, bundle and agent. $1 case code.
SELECT c.code, c.version, c.uscc,
       e.name AS "enterpriseName", e.legal_representative AS "legalRepresentative", e.address AS "enterpriseAddress",
       c.parcel_code AS "parcelCode", p.name AS "parcelName", p.location AS "parcelLocation", p.status AS "parcelStatus", p.zone_code AS "zoneCode",
       z.name AS "zoneName", z.county_code AS "countyCode", z.county_name AS "countyName", z.city_name AS "cityName",
       c.commitment_id AS "commitmentId", k.status AS "commitmentStatus",
       c.bundle_code AS "bundleCode", b.name_zh AS "bundleNameZh", b.name_en AS "bundleNameEn",
       c.project_code AS "projectCode", c.project_name AS "projectName",
       c.filing_status AS "filingStatus", c.filing_checked_at AS "filingCheckedAt", c.filing_detail AS "filingDetail",
       c.origin_channel AS "originChannel", c.assigned_agent AS "assignedAgent", u.display_name AS "assignedAgentName",
       c.contact_name AS "contactName", c.contact_phone AS "contactPhone",
       c.confirmed_by AS "confirmedBy", c.confirmation_method AS "confirmationMethod", c.confirmed_at AS "confirmedAt",
       c.created_by AS "createdBy", c.created_at AS "createdAt", c.updated_at AS "updatedAt"
FROM cases c
JOIN enterprises e ON e.uscc = c.uscc
JOIN parcels p ON p.code = c.parcel_code
JOIN zones z ON z.code = p.zone_code
LEFT JOIN commitments k ON k.id = c.commitment_id
LEFT JOIN bundle_templates b ON b.code = c.bundle_code
LEFT JOIN users u ON u.username = c.assigned_agent
WHERE c.code = $1
