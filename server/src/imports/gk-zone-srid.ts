// 3° Gauss-Krüger zone numbers ↔ EPSG codes (domain.md §6: zone n has central meridian 3n°E; the
// prefixed plane has false easting n·10⁶ + 500 000). Derived from geo/crs GK_PARAMETERS so the two
// never disagree. Candidate to move into server/src/geo.
import { GK_PARAMETERS, GK_SRIDS, type GkSrid } from '../geo/crs';

const UNPREFIXED_FALSE_EASTING_M = 500_000;

export function gkSridFromParameters(centralMeridian: number, falseEastingM: number): GkSrid | null {
  return GK_SRIDS.find((srid) => GK_PARAMETERS[srid].centralMeridian === centralMeridian && GK_PARAMETERS[srid].falseEastingM === falseEastingM) ?? null;
}

/** The EPSG code of 3° zone `zone`, with the zone prefix in the easting or without. */
export function gkSridForZone(zone: number, prefixed: boolean): GkSrid | null {
  return gkSridFromParameters(zone * 3, prefixed ? zone * 1_000_000 + UNPREFIXED_FALSE_EASTING_M : UNPREFIXED_FALSE_EASTING_M);
}

export function zoneOfSrid(srid: GkSrid): number {
  return GK_PARAMETERS[srid].centralMeridian / 3;
}
