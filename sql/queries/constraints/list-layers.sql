-- Constraint layers with their size and the active parcels they touch.
SELECT l.id, l.kind, l.name, l.created_at AS "createdAt", l.created_by AS "createdBy",
       count(a.id)::int AS "polygonCount",
       COALESCE(sum(ST_Area(ST_Transform(a.geom, gk_srid(a.geom)))), 0) AS "areaM2",
       (SELECT count(DISTINCT p.id)::int FROM parcels p JOIN constraint_areas a2 ON a2.layer_id = l.id
        WHERE p.geom && a2.geom AND ST_Relate(p.geom, a2.geom, '2********') AND p.status <> 'withdrawn') AS "overlappingParcels"
FROM constraint_layers l LEFT JOIN constraint_areas a ON a.layer_id = l.id
GROUP BY l.id ORDER BY l.id
