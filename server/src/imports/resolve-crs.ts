// The source CRS of each feature. A stated CRS (override, .prj, GeoJSON crs member, 带号, KML) is
// range-checked per feature; otherwise it is detected from the ranges (geo/detect-crs), never
// guessed (security.md). Detection runs per feature so one stray record is reported by row
// instead of failing a 500-parcel file; different systems in one file are refused, except
// zone-prefixed GK (4525/4526), whose eastings name their own zone.
import type { Position } from 'geojson';
import type { GkSrid, SupportedSrid } from '../geo/crs';
import { type CrsDetection, detectCrs } from '../geo/detect-crs';
import { bilingual, failure, issue, recordLabel } from './import-result';
import type { CrsSource, ImportFailure, ImportIssue } from './import-types';
import { mostCommon } from './most-common';
import { IMPORT_REASONS } from './reasons';

export interface CrsInput {
  index: number;
  positions: Position[];
}

export interface StatedCrs {
  srid: number;
  source: Exclude<CrsSource, 'detected' | 'override'>;
}

export type CrsResolution =
  | { ok: true; crs: SupportedSrid; crsSource: CrsSource; sridByIndex: Map<number, SupportedSrid>; issues: ImportIssue[] }
  | ImportFailure;

type Failed = Extract<CrsDetection, { ok: false }>;

const SELF_DESCRIBING: readonly number[] = [4525, 4526];

function describe(detection: Failed, index: number): string {
  const r = recordLabel(index);
  return bilingual(`${r.zh}：${IMPORT_REASONS[detection.reason].zh}`, `${r.en}: ${detection.message}`);
}

function noneUsable(failed: { index: number; detection: Failed }[]): ImportFailure {
  const reason = mostCommon(failed.map((f) => f.detection.reason)) ?? 'OUT_OF_RANGE';
  const first = failed.find((f) => f.detection.reason === reason) as { index: number; detection: Failed };
  const candidates = [...new Set(failed.flatMap((f) => f.detection.candidates))].sort() as GkSrid[];
  return failure(reason, describe(first.detection, first.index), candidates.length > 0 ? { candidates } : undefined);
}

export function resolveCrs(features: readonly CrsInput[], stated: StatedCrs | undefined, override: number | undefined): CrsResolution {
  const statedSrid = override ?? stated?.srid;
  const crsSource: CrsSource = override !== undefined ? 'override' : (stated?.source ?? 'detected');
  const results = features.map((f) => ({ index: f.index, detection: detectCrs(f.positions, statedSrid) }));
  const failed = results.filter((r): r is { index: number; detection: Failed } => !r.detection.ok);
  const found = results.flatMap((r) => (r.detection.ok ? [{ index: r.index, srid: r.detection.srid }] : []));
  if (found.length === 0) return noneUsable(failed);

  const srids = [...new Set(found.map((f) => f.srid))];
  if (srids.length > 1 && !srids.every((s) => SELF_DESCRIBING.includes(s))) {
    const list = srids.map((s) => `EPSG:${s}`).join(', ');
    return failure('MIXED_CRS', bilingual(`文件混用多个坐标系(${list})`, `the file mixes coordinate systems (${list})`), { srids });
  }
  const issues = failed.map((f) => issue(f.detection.reason, describe(f.detection, f.index), f.index));
  if (srids.length > 1) {
    const list = srids.map((s) => `EPSG:${s}`).join('、');
    issues.push(issue('MIXED_CRS', bilingual(`文件含多个投影带(${list})，按各地块坐标的带号前缀分别转换`, `several zones (${list}); each parcel is converted by its own zone prefix`), null, 'warning'));
  }
  const crs = mostCommon(found.map((f) => f.srid)) as SupportedSrid;
  return { ok: true, crs, crsSource, sridByIndex: new Map(found.map((f) => [f.index, f.srid])), issues };
}
