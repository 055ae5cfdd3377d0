SELECT ST_XMin(e) AS "minLon", ST_YMin(e) AS "minLat", ST_XMax(e) AS "maxLon", ST_YMax(e) AS "maxLat"
FROM (SELECT ST_Extent(boundary)::geometry AS e FROM zones) t
