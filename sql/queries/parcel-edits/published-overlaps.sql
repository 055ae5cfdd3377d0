-- Published, active parcels whose interiors overlap parcel $1 (shared edges allowed).
SELECT o.code
FROM parcels p JOIN parcels o ON o.id <> p.id AND o.geom && p.geom
WHERE p.code = $1 AND o.workflow_state = 'published' AND o.status <> 'withdrawn'
  AND ST_Relate(o.geom, p.geom, '2********')
  AND ST_Area(ST_Transform(ST_Intersection(o.geom, p.geom), p.gk_srid)) > 0.5
ORDER BY o.code
