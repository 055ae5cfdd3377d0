// Coordinate reference systems the atlas accepts (domain.md §6). The proj4 strings are the ones
// PostGIS stores in spatial_ref_sys, so proj4 and ST_Transform compute the same plane.
import proj4 from 'proj4';

export const SRID_CGCS2000 = 4490;

/** CGCS2000 3° Gauss-Krüger: zone-prefixed (4525/4526) and central-meridian (4546/4547) variants. */
export const GK_SRIDS = [4525, 4526, 4546, 4547] as const;
export type GkSrid = (typeof GK_SRIDS)[number];

export const SUPPORTED_SRIDS = [SRID_CGCS2000, ...GK_SRIDS] as const;
export type SupportedSrid = (typeof SUPPORTED_SRIDS)[number];

interface GkParameters {
  centralMeridian: number;
  falseEastingM: number;
}

export const GK_PARAMETERS: Readonly<Record<GkSrid, GkParameters>> = {
  4525: { centralMeridian: 111, falseEastingM: 37_500_000 },
  4526: { centralMeridian: 114, falseEastingM: 38_500_000 },
  4546: { centralMeridian: 111, falseEastingM: 500_000 },
  4547: { centralMeridian: 114, falseEastingM: 500_000 },
};

function gkProj4(srid: GkSrid): string {
  const { centralMeridian, falseEastingM } = GK_PARAMETERS[srid];
  return `+proj=tmerc +lat_0=0 +lon_0=${centralMeridian} +k=1 +x_0=${falseEastingM} +y_0=0 +ellps=GRS80 +units=m +no_defs`;
}

export const PROJ4_DEFINITIONS: Readonly<Record<SupportedSrid, string>> = {
  4490: '+proj=longlat +ellps=GRS80 +no_defs',
  4525: gkProj4(4525),
  4526: gkProj4(4526),
  4546: gkProj4(4546),
  4547: gkProj4(4547),
};

export function crsName(srid: SupportedSrid): string {
  return `EPSG:${srid}`;
}

export function isSupportedSrid(srid: number): srid is SupportedSrid {
  return (SUPPORTED_SRIDS as readonly number[]).includes(srid);
}

export function isGkSrid(srid: number): srid is GkSrid {
  return (GK_SRIDS as readonly number[]).includes(srid);
}

let registered = false;

/** proj4 keeps one global registry; define our codes in it once. */
export function registerCrs(): void {
  if (registered) return;
  for (const srid of SUPPORTED_SRIDS) proj4.defs(crsName(srid), PROJ4_DEFINITIONS[srid]);
  registered = true;
}
