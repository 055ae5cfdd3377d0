-- The fields a geometry check needs besides the new outline. $1 code.
SELECT zone_code AS "zoneCode", name, land_use_code AS "landUseCode" FROM parcels WHERE code = $1
