-- Removes a policy's attachments and zone and parcel links before they are written again. $1 policy id.
WITH a AS (DELETE FROM policy_attachments WHERE policy_id = $1::bigint),
     z AS (DELETE FROM policy_zones WHERE policy_id = $1::bigint)
DELETE FROM policy_parcels WHERE policy_id = $1::bigint
