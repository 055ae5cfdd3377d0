-- Spatial extent (CRS84) and listing time span of all parcels, for collection metadata.
SELECT ST_XMin(e) AS "minLon", ST_YMin(e) AS "minLat", ST_XMax(e) AS "maxLon", ST_YMax(e) AS "maxLat",
       (SELECT min(listed_on) FROM parcels) AS "firstListed", (SELECT max(updated_at) FROM parcels) AS "lastUpdated"
FROM (SELECT ST_Extent(geom)::geometry AS e FROM parcels) t
