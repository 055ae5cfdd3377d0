-- Inserts development zones from a JSON array of GeoJSON features (lon/lat, EPSG:4490). $1 features.
INSERT INTO zones (code, name, level, city_code, city_name, county_code, county_name, boundary)
SELECT f -> 'properties' ->> 'code',
       f -> 'properties' ->> 'name',
       f -> 'properties' ->> 'level',
       f -> 'properties' ->> 'cityCode',
       f -> 'properties' ->> 'cityName',
       f -> 'properties' ->> 'countyCode',
       f -> 'properties' ->> 'countyName',
       ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(f ->> 'geometry'), 4490))
FROM jsonb_array_elements($1::jsonb) AS f
