-- Links a policy to parcels by code. $1 policy id, $2 parcel codes (unknown codes are refused before).
INSERT INTO policy_parcels (policy_id, parcel_id)
SELECT DISTINCT $1::bigint, p.id FROM parcels p WHERE p.code = ANY ($2::text[])
