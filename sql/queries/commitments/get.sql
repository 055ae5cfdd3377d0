SELECT c.id, c.parcel_code AS "parcelCode", p.name AS "parcelName", p.zone_code AS "zoneCode", z.name AS "zoneName",
  p.status AS "parcelStatus", c.uscc, e.name AS "enterpriseName", e.legal_representative AS "legalRepresentative",
  e.contact_name AS "contactName", e.contact_phone AS "contactPhone",
  c.project_code AS "projectCode", c.project_name AS "projectName", c.industry_code AS "industryCode", c.status,
  c.start_by::text AS "startBy", c.complete_by::text AS "completeBy", c.output_by::text AS "outputBy",
  c.document, c.signature, c.authority_id AS "authorityId", c.authority_name AS "authorityName",
  c.terminated_reason AS "terminatedReason", c.version, c.created_by AS "createdBy", c.created_at AS "createdAt",
  c.updated_at AS "updatedAt", c.signed_at AS "signedAt", c.in_force_at AS "inForceAt", c.closed_at AS "closedAt"
FROM commitments c
JOIN parcels p ON p.code = c.parcel_code
JOIN zones z ON z.code = p.zone_code
JOIN enterprises e ON e.uscc = c.uscc
WHERE c.id = $1
