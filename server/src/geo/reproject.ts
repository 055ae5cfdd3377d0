// Reprojection between the supported CGCS2000 systems with proj4 (same definitions as PostGIS).
import type { Position } from 'geojson';
import proj4 from 'proj4';
import { GK_PARAMETERS, type SupportedSrid, crsName, isGkSrid, registerCrs } from './crs';
import { type Polygonal, mapPolygonal } from './polygonal';

type PositionTransform = (p: Position) => Position;

const cache = new Map<string, PositionTransform>();

function withRest(xy: readonly number[], p: Position): Position {
  return p.length > 2 ? [xy[0] as number, xy[1] as number, ...p.slice(2)] : [xy[0] as number, xy[1] as number];
}

function build(from: SupportedSrid, to: SupportedSrid): PositionTransform {
  if (from === to) return (p) => [...p];
  if (isGkSrid(from) && isGkSrid(to) && GK_PARAMETERS[from].centralMeridian === GK_PARAMETERS[to].centralMeridian) {
    // Same central meridian: the planes differ only by the zone prefix in the false easting,
    // so shift exactly instead of a round trip through lon/lat.
    const shift = GK_PARAMETERS[to].falseEastingM - GK_PARAMETERS[from].falseEastingM;
    return (p) => withRest([(p[0] as number) + shift, p[1] as number], p);
  }
  registerCrs();
  const converter = proj4(crsName(from), crsName(to));
  return (p) => withRest(converter.forward([p[0] as number, p[1] as number]), p);
}

export function positionTransform(from: SupportedSrid, to: SupportedSrid): PositionTransform {
  const key = `${from}>${to}`;
  let transform = cache.get(key);
  if (!transform) {
    transform = build(from, to);
    cache.set(key, transform);
  }
  return transform;
}

export function reprojectPosition(position: Position, from: SupportedSrid, to: SupportedSrid): Position {
  return positionTransform(from, to)(position);
}

export function reprojectGeometry<G extends Polygonal>(geometry: G, from: SupportedSrid, to: SupportedSrid): G {
  return mapPolygonal(geometry, positionTransform(from, to)) as G;
}
