// How the dashboard writes quarters, scopes, shares, working days and scores (Chinese conventions:
// 87.5%, 4.75 个工作日, 无数据), and which quarters and scopes it offers. Pure.
import { translate, type Locale } from '../../app/i18n';
import { formatNumber } from '../../lib/format';
import { parseQuarter, quarterAt, shiftQuarter } from '../../../../server/src/evaluation/quarter';
import type { MetricUnit } from '../../../../server/src/evaluation/metric';

/** A metric's name in the screen's language. */
export function metricName(metric: { nameZh: string; nameEn: string }, locale: Locale): string {
  return locale === 'zh' ? metric.nameZh : metric.nameEn;
}

/** 0.875 → "87.5%", 4.75 working days → "4.75 个工作日", null → "无数据". */
export function formatMetricValue(value: number | null, unit: MetricUnit, locale: Locale): string {
  if (value === null) return translate(locale, 'evaluation.noData');
  if (unit === 'ratio') return `${formatNumber(value * 100, 1)}%`;
  return locale === 'zh' ? `${formatNumber(value, 2)} 个工作日` : `${formatNumber(value, 2)} working days`;
}

/** A 0–100 score to one decimal, or 无数据. */
export function formatScore(score: number | null, locale: Locale): string {
  return score === null ? translate(locale, 'evaluation.noData') : formatNumber(score, 1, 1);
}

/** A class for a score's band: good ≥ 90, fair ≥ 75, poor below, none without data. */
export function scoreBand(score: number | null): 'good' | 'fair' | 'poor' | 'none' {
  if (score === null) return 'none';
  return score >= 90 ? 'good' : score >= 75 ? 'fair' : 'poor';
}

/** "2026年第3季度" / "Q3 2026". */
export function quarterLabel(code: string, locale: Locale): string {
  const q = parseQuarter(code);
  if (!q) return code;
  return translate(locale, 'evaluation.quarterLabel', { year: q.year, q: q.q });
}

/** The current quarter (Beijing time) and the `count - 1` before it, newest first. */
export function quarterOptions(now: Date, count = 8): string[] {
  const current = quarterAt(now);
  return Array.from({ length: count }, (_, i) => shiftQuarter(current, -i).code);
}

export interface ScopeOption {
  code: string;
  label: string;
}

export interface ScopeGroups {
  province: ScopeOption;
  cities: ScopeOption[];
  counties: ScopeOption[];
  zones: ScopeOption[];
}

/** Cities (4-digit prefix), counties and zones that have development zones, from the zones list. */
export function scopeGroups(zones: readonly { code: string; name: string; cityCode: string; cityName: string; countyCode: string; countyName: string }[], locale: Locale): ScopeGroups {
  const cities = new Map<string, string>();
  const counties = new Map<string, string>();
  for (const z of zones) {
    cities.set(z.cityCode.slice(0, 4), z.cityName);
    counties.set(z.countyCode, `${z.cityName}${z.countyName}`);
  }
  const sorted = (m: Map<string, string>) => [...m.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([code, label]) => ({ code, label }));
  return {
    province: { code: '14', label: translate(locale, 'evaluation.province') },
    cities: sorted(cities),
    counties: sorted(counties),
    zones: [...zones].sort((a, b) => a.code.localeCompare(b.code)).map((z) => ({ code: z.code, label: z.name })),
  };
}

const QUARTER = /^\d{4}Q[1-4]$/;
const SCOPE = /^(14(\d{2}(\d{2})?)?|[A-Z]\d{6})$/;

/** The dashboard's URL: quarter and scope, defaulting to the current quarter and the province. */
export function readEvaluationParams(params: URLSearchParams, now: Date): { quarter: string; scope: string } {
  const quarter = params.get('quarter');
  const scope = params.get('scope');
  return { quarter: quarter && QUARTER.test(quarter) ? quarter : quarterAt(now).code, scope: scope && SCOPE.test(scope) ? scope : '14' };
}

export interface MetricMeta {
  key: string;
  nameZh: string;
  nameEn: string;
  unit: MetricUnit;
  better: 'higher' | 'lower';
  scored: boolean;
}

export interface WeakRegion {
  code: string;
  name: string;
  overall: number | null;
  weakest: { key: string; name: string; value: number | null; unit: MetricUnit } | null;
}

/** The `n` regions with the lowest score, each with its weakest scored metric (larger = better once turned). */
export function worstRegionsOf(
  regions: readonly { code: string; name: string; overall: number | null; metrics: Record<string, { value: number | null }> }[],
  metrics: readonly MetricMeta[],
  locale: Locale,
  n = 3,
): WeakRegion[] {
  return regions
    .filter((r) => r.overall !== null)
    .sort((a, b) => (a.overall as number) - (b.overall as number))
    .slice(0, n)
    .map((r) => {
      let weakest: WeakRegion['weakest'] = null;
      let worst = Infinity;
      for (const m of metrics) {
        const value = r.metrics[m.key]?.value ?? null;
        if (!m.scored || value === null) continue;
        const oriented = m.better === 'higher' ? value : 1 - value;
        if (oriented < worst) {
          worst = oriented;
          weakest = { key: m.key, name: metricName(m, locale), value, unit: m.unit };
        }
      }
      return { code: r.code, name: r.name, overall: r.overall, weakest };
    });
}
