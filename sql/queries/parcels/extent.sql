-- Spatial extent (CRS84) and time span of the published parcels, for collection metadata.
SELECT ST_XMin(e) AS "minLon", ST_YMin(e) AS "minLat", ST_XMax(e) AS "maxLon", ST_YMax(e) AS "maxLat",
       (SELECT min(listed_on) FROM parcels WHERE workflow_state = 'published') AS "firstListed", (SELECT max(updated_at) FROM parcels WHERE workflow_state = 'published') AS "lastUpdated"
FROM (SELECT ST_Extent(geom)::geometry AS e FROM parcels WHERE workflow_state = 'published') t
