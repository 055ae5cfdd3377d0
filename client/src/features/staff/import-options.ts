// The choices an upload offers over the server's own detection (server/src/parcel-imports/imports.routes.ts).
import { GK_PARAMETERS } from '../../../../server/src/geo/crs';
import { type Locale, translate } from '../../app/i18n';

export const IMPORT_CRS = [4490, 4525, 4526, 4546, 4547] as const;
export type ImportCrs = (typeof IMPORT_CRS)[number];

export const IMPORT_ENCODINGS = ['UTF-8', 'GBK', 'GB18030'] as const;

/** "EPSG:4546 · 3° 高斯-克吕格，中央经线 111°E" and the like. */
export function crsLabel(srid: number, locale: Locale): string {
  if (srid === 4490) return `EPSG:4490 · ${translate(locale, 'staff.crs.lonlat')}`;
  const gk = GK_PARAMETERS[srid as Exclude<ImportCrs, 4490>];
  if (!gk) return `EPSG:${srid}`;
  const prefixed = gk.falseEastingM > 1_000_000;
  return `EPSG:${srid} · ${translate(locale, prefixed ? 'staff.crs.gkZone' : 'staff.crs.gkCm', { cm: gk.centralMeridian, zone: Math.round(gk.falseEastingM / 1_000_000) })}`;
}

/** Accepted file types, as the readers recognise them (server/src/imports/detect-format.ts). */
export const IMPORT_ACCEPT = '.geojson,.json,.zip,.kml,.txt,.csv';
