// The import preview in numbers and words: counts by action and severity, the rows a filter keeps,
// whether anything can be committed, and each issue in the reader's language with its detail
// (which parcels overlap, by how much …). Pure; the UI passes the locale in.
import type { Bbox } from '../../lib/api-types';
import { INDICATORS } from '../../../../server/src/domain/indicators';
import { WORKFLOW_STATES } from '../../../../server/src/domain/workflow';
import { labelOf, type Locale, translate } from '../../app/i18n';
import { formatM2, formatNumber } from '../../lib/format';
import type { PreviewFeature, PreviewIssue } from './staff-api';

export interface PreviewTally {
  total: number;
  create: number;
  update: number;
  skip: number;
  /** Features with at least one error / only warnings. */
  withErrors: number;
  withWarnings: number;
  /** Planar area of what the commit would write, m². */
  writableAreaM2: number;
}

export function tallyPreview(features: readonly PreviewFeature[]): PreviewTally {
  const tally: PreviewTally = { total: features.length, create: 0, update: 0, skip: 0, withErrors: 0, withWarnings: 0, writableAreaM2: 0 };
  for (const f of features) {
    tally[f.action] += 1;
    if (f.issues.some((i) => i.severity === 'error')) tally.withErrors += 1;
    else if (f.issues.length > 0) tally.withWarnings += 1;
    if (f.action !== 'skip') tally.writableAreaM2 += f.areaM2 ?? 0;
  }
  return tally;
}

/** Commit writes every create and update of the preview; with none there is nothing to write. */
export function canCommit(tally: PreviewTally): boolean {
  return tally.create + tally.update > 0;
}

export const PREVIEW_FILTERS = ['all', 'create', 'update', 'skip', 'issues'] as const;
export type PreviewFilter = (typeof PREVIEW_FILTERS)[number];

export function filterPreview(features: readonly PreviewFeature[], filter: PreviewFilter): PreviewFeature[] {
  switch (filter) {
    case 'all':
      return [...features];
    case 'issues':
      return features.filter((f) => f.issues.length > 0);
    default:
      return features.filter((f) => f.action === filter);
  }
}

/** Lon/lat bbox of every feature with a geometry, or null. */
export function previewBbox(features: readonly PreviewFeature[]): Bbox | null {
  let box: Bbox | null = null;
  for (const f of features) {
    for (const polygon of f.geometry?.coordinates ?? []) {
      for (const [x = 0, y = 0] of polygon[0] ?? []) {
        box = box ? [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)] : [x, y, x, y];
      }
    }
  }
  return box;
}

/**
 * The part of a bilingual server message for the locale: the readers and the preview write
 * "中文 / English" (server/src/imports/import-types.ts); anything else is shown as it is.
 */
export function messageIn(message: string, locale: Locale): string {
  const at = message.indexOf(' / ');
  if (at < 0) return message;
  return (locale === 'zh' ? message.slice(0, at) : message.slice(at + 3)).trim();
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const record = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});

function indicatorLabel(key: unknown, locale: Locale): string {
  const definition = INDICATORS.find((i) => i.key === key);
  return definition ? labelOf(definition, locale) : String(key);
}

/** The specifics of an issue in words ("140105-2026-0001 (1,234.5 m²)"), or null when it has none. */
export function issueDetail(issue: PreviewIssue, locale: Locale): string | null {
  const d = record(issue.detail);
  const sep = locale === 'zh' ? '、' : ', ';
  switch (issue.code) {
    case 'OVERLAP':
      return list(d.parcels)
        .map((p) => `${String(record(p).code)} (${formatM2(num(record(p).areaM2) ?? 0)})`)
        .join(sep);
    case 'FILE_OVERLAP':
      return translate(locale, 'staff.issue.fileOverlap', { features: list(d.features).map((n) => `#${String(n)}`).join(sep) });
    case 'CONSTRAINT_OVERLAP':
      return list(d.layers)
        .map((l) => `${String(record(l).layer)} (${formatM2(num(record(l).areaM2) ?? 0)})`)
        .join(sep);
    case 'OUTSIDE_ZONE': {
      const outside = num(d.outsideM2);
      return outside === null ? null : translate(locale, 'staff.issue.outside', { area: formatM2(outside) });
    }
    case 'AREA_MISMATCH': {
      const declared = num(d.declaredM2);
      const computed = num(d.computedM2);
      const pct = num(d.diffPct);
      if (declared === null || computed === null || pct === null) return null;
      return translate(locale, 'staff.issue.areaMismatch', { declared: formatM2(declared), computed: formatM2(computed), pct: `${pct > 0 ? '+' : ''}${formatNumber(pct, 2)}%` });
    }
    case 'MISSING_INDICATORS':
      return list(d.missing).map((k) => indicatorLabel(k, locale)).join(sep) || null;
    case 'GEOMETRY_REPAIRED': {
      const change = num(d.repairAreaChangeM2);
      return change === null ? null : translate(locale, 'staff.issue.repaired', { area: formatM2(change) });
    }
    case 'INVALID_GEOMETRY': {
      const [x, y] = list(record(d.location).coordinates).map(num);
      if (x === null || y === null || x === undefined || y === undefined) return null;
      return translate(locale, 'staff.issue.at', { lon: formatNumber(x, 6), lat: formatNumber(y, 6) });
    }
    case 'NOT_EDITABLE': {
      const state = WORKFLOW_STATES.find((s) => s.code === d.workflowState);
      return state ? labelOf(state, locale) : null;
    }
    default:
      return null;
  }
}
