-- The parcel a letter is written for, locked so a concurrent lifecycle move waits for the letter.
SELECT p.code, p.name, p.status, p.zone_code AS "zoneCode", z.name AS "zoneName", p.division_code AS "divisionCode",
  p.location, p.area_m2 AS "areaM2", p.area_mu AS "areaMu", p.land_use_code AS "landUseCode", p.industry_code AS "industryCode",
  p.workflow_state AS "workflowState"
FROM parcels p
JOIN zones z ON z.code = p.zone_code
WHERE p.code = $1
FOR UPDATE OF p
