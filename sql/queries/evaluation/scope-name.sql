-- The name of a scope, or no row when no zone lies in it. $1 kind, $2 code.
SELECT CASE $1::text
    WHEN 'province' THEN '山西省'
    WHEN 'city' THEN min(z.city_name)
    WHEN 'county' THEN min(z.city_name || z.county_name)
    ELSE min(z.name)
  END AS name
FROM zones z
WHERE CASE $1::text
    WHEN 'province' THEN true
    WHEN 'zone' THEN z.code = $2::text
    ELSE starts_with(z.county_code::text, $2::text)
  END
HAVING count(*) > 0
