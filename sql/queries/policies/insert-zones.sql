-- Links a policy to zones. $1 policy id, $2 zone codes.
INSERT INTO policy_zones (policy_id, zone_code)
SELECT DISTINCT $1::bigint, z FROM unnest($2::text[]) AS z
