-- The published demo parcels whose publication the demo backdates.
SELECT code, zone_code AS "zoneCode", to_char(listed_on, 'YYYY-MM-DD') AS "listedOn"
FROM parcels
WHERE workflow_state = 'published'
ORDER BY code
