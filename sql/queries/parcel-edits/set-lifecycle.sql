-- Moves a parcel's lifecycle status. $1 code, $2 new status, $3 listing date when it is listed.
UPDATE parcels SET status = $2, listed_on = COALESCE($3::date, listed_on), version = version + 1, updated_at = now()
WHERE code = $1
RETURNING version
