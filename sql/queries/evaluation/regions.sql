-- The regions below a scope, for the comparison: cities (4-digit prefix), counties or zones, with names.
-- $1 child kind (city | county | zone), $2 division prefix, $3 zone code.
SELECT DISTINCT
  CASE $1::text WHEN 'city' THEN left(z.city_code, 4) WHEN 'county' THEN z.county_code::text ELSE z.code END AS code,
  CASE $1::text WHEN 'city' THEN z.city_name WHEN 'county' THEN z.city_name || z.county_name ELSE z.name END AS name
FROM zones z
WHERE ($2::text IS NULL OR starts_with(z.county_code::text, $2::text))
  AND ($3::text IS NULL OR z.code = $3::text)
ORDER BY code
