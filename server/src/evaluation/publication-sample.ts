// K3's sampled comparison: a published parcel as the catalog API shows it, as the OGC API serves it
// and as the vector tiles carry it, read in-process through each channel's own code (parcels
// repository, OGC collection, tile SQL) and compared field by field. The sample is deterministic (the
// same parcels every time for the same data) and the comparison is cached per catalog data version.
import { createHash } from 'node:crypto';
import type { Db } from '../db/db';
import { sql } from '../db/sql';
import { currentDataVersion } from '../http/data-version';
import { COLLECTIONS } from '../ogc/collections';
import { getParcelDocument } from '../parcels/parcels.repository';
import { tileAt } from '../tiles/tile-at';
import { tileLayer } from '../tiles/tile-layers';
import type { PublicationSampleRecord } from './evaluation-records';
import type { Located } from './scope';

/** Parcels compared per development zone. */
export const SAMPLE_PER_ZONE = 3;
/** Street-level tiles: every parcel is in the parcels layer from zoom 10. */
const SAMPLE_ZOOM = 14;

export interface SampleCandidate extends Located {
  code: string;
  publishedAt: Date;
}

const rank = (code: string) => createHash('sha256').update(`sla-evaluation-sample:${code}`).digest('hex');

/** The first `perZone` parcels of each zone in a fixed pseudo-random order of their codes. Pure. */
export function pickSample<T extends { code: string; zoneCode: string | null }>(candidates: readonly T[], perZone = SAMPLE_PER_ZONE): T[] {
  const byZone = new Map<string, T[]>();
  for (const c of candidates) {
    const key = c.zoneCode ?? '';
    byZone.set(key, [...(byZone.get(key) ?? []), c]);
  }
  return [...byZone.values()]
    .flatMap((list) => [...list].sort((a, b) => (rank(a.code) < rank(b.code) ? -1 : 1)).slice(0, perZone))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
}

interface Seen {
  status: unknown;
  landUse: unknown;
  areaMu: unknown;
  bbox: unknown;
}

/** Numbers within `tolerance` of each other (each channel rounds to its own precision); other values equal. */
function close(a: unknown, b: unknown, tolerance: number): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= tolerance + 1e-12;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => close(v, b[i], tolerance));
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Fields that differ between the three channels (absent = null). Each channel rounds on its own: the
 * detail gives 亩 to 4 decimals and extents to 8, the OGC properties 亩 to 4 and extents to 7, the
 * tiles 亩 to 2; values agree when they are within that rounding of each other.
 */
export function differencesOf(catalog: Seen | null, ogc: Seen | null, tile: Omit<Seen, 'bbox'> | null): PublicationSampleRecord['differences'] {
  if (!catalog || !ogc || !tile) {
    return [{ field: 'present', catalog: catalog !== null, ogc: ogc !== null, tile: tile !== null }];
  }
  const out: { field: string; catalog: unknown; ogc: unknown; tile: unknown }[] = [];
  for (const field of ['status', 'landUse'] as const) {
    if (!close(catalog[field], ogc[field], 0) || !close(catalog[field], tile[field], 0)) out.push({ field, catalog: catalog[field], ogc: ogc[field], tile: tile[field] });
  }
  if (!close(catalog.areaMu, ogc.areaMu, 1e-4) || !close(catalog.areaMu, tile.areaMu, 0.005 + 1e-4)) {
    out.push({ field: 'areaMu', catalog: catalog.areaMu, ogc: ogc.areaMu, tile: tile.areaMu });
  }
  if (!close(catalog.bbox, ogc.bbox, 1e-7)) out.push({ field: 'bbox', catalog: catalog.bbox, ogc: ogc.bbox, tile: '—' });
  return out;
}

async function compareOne(db: Db, parcel: SampleCandidate, ogcByCode: Map<string, Record<string, unknown>>): Promise<PublicationSampleRecord> {
  const doc = await getParcelDocument(db, parcel.code, 'public');
  const detail = doc ? (JSON.parse(doc.body) as { status: string; landUseCode: string; area: { mu: number }; bbox: number[]; centroid: { coordinates: [number, number] } }) : null;
  const catalog = detail ? { status: detail.status, landUse: detail.landUseCode, areaMu: detail.area.mu, bbox: detail.bbox } : null;
  const ogcProps = ogcByCode.get(parcel.code);
  const ogc = ogcProps ? { status: ogcProps.status, landUse: ogcProps.landUseCode, areaMu: ogcProps.areaMu, bbox: ogcProps.bbox } : null;
  let tile: Omit<Seen, 'bbox'> | null = null;
  if (detail) {
    const [lon, lat] = detail.centroid.coordinates;
    const { z, x, y } = tileAt(lon, lat, SAMPLE_ZOOM);
    // The features the public tile is built from (the 'node' path of tiles/parcels.sql, on both engines).
    const { rows } = await db.query<{ features: { properties: { code: string; status: string; landUse: string; areaMu: number | string } }[] | null }>(
      sql(tileLayer('parcels').query),
      [z, x, y, 'node', false],
    );
    const feature = (rows[0]?.features ?? []).find((f) => f.properties.code === parcel.code);
    if (feature) tile = { status: feature.properties.status, landUse: feature.properties.landUse, areaMu: Number(feature.properties.areaMu) };
  }
  return { code: parcel.code, divisionCode: parcel.divisionCode, zoneCode: parcel.zoneCode, differences: differencesOf(catalog, ogc, tile) };
}

const caches = new WeakMap<Db, Map<string, Promise<PublicationSampleRecord[]>>>();

async function compareAll(db: Db, sample: SampleCandidate[]): Promise<PublicationSampleRecord[]> {
  const parcelsCollection = COLLECTIONS.find((c) => c.id === 'parcels');
  if (!parcelsCollection) throw new Error('The OGC API has no parcels collection.');
  const codes = sample.map((s) => s.code);
  const ogc = codes.length === 0 ? { rows: [] } : await parcelsCollection.items(db, { query: {}, ids: codes, geometry: 'none', limit: codes.length, offset: 0 });
  const ogcByCode = new Map(ogc.rows.map((r) => [r.code, JSON.parse(r.props) as Record<string, unknown>]));
  const out: PublicationSampleRecord[] = [];
  for (const parcel of sample) out.push(await compareOne(db, parcel, ogcByCode));
  return out;
}

/**
 * The comparison of the province-wide sample, with each parcel's publication time, computed once per
 * data version of the catalog (any catalog write changes it) and per database.
 */
export async function publicationSample(db: Db): Promise<(PublicationSampleRecord & { publishedAt: Date })[]> {
  const version = await currentDataVersion(db);
  const { rows } = await db.query<SampleCandidate>(sql('evaluation/sample-candidates'));
  const sample = pickSample(rows.map((r) => ({ ...r, publishedAt: new Date(r.publishedAt) })));
  const key = `${version}:${sample.map((s) => s.code).join(',')}`;
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let compared = cache.get(key);
  if (!compared) {
    compared = compareAll(db, sample);
    cache.set(key, compared);
    compared.catch(() => cache?.delete(key));
    // A handful of data versions is plenty; older entries are never read again.
    if (cache.size > 16) cache.delete(cache.keys().next().value as string);
  }
  const results = await compared;
  return results.map((r, i) => ({ ...r, publishedAt: (sample[i] as SampleCandidate).publishedAt }));
}
