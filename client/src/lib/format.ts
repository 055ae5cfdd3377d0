// Numbers, areas, money and indicator bounds as investors read them: Chinese number conventions
// (Intl zh-CN), areas in m² and 亩, money in 万元. Pure; the UI passes the locale in.
import { translate, type Locale } from '../app/i18n';
import { type Comparator, INDICATORS, M2_PER_MU } from '../../../server/src/domain/indicators';

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(minimumFractionDigits: number, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${minimumFractionDigits}:${maximumFractionDigits}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat('zh-CN', { minimumFractionDigits, maximumFractionDigits });
    formatters.set(key, format);
  }
  return format;
}

/** 84097.3 → "84,097.3"; at most `digits` decimals, trailing zeros dropped. */
export function formatNumber(value: number, digits = 2, minimumDigits = 0): string {
  return numberFormat(Math.min(minimumDigits, digits), digits).format(value);
}

export function formatM2(m2: number): string {
  return `${formatNumber(m2, 2)} m²`;
}

export function formatMu(mu: number, locale: Locale): string {
  return `${formatNumber(mu, 2)} ${translate(locale, 'unit.mu')}`;
}

export function m2ToMu(m2: number): number {
  return m2 / M2_PER_MU;
}

/** Money in 万元 (the unit catalogs and listings use); English readers get millions of yuan. */
export function formatWanYuan(wanYuan: number, locale: Locale): string {
  if (locale === 'zh') return `${formatNumber(wanYuan, 2)} 万元`;
  return `CNY ${formatNumber(wanYuan / 100, 2)} million`;
}

/** "+50", "−0.15", "0": a check margin, positive inside the bound. */
export function formatSigned(value: number, digits = 2): string {
  const text = formatNumber(Math.abs(value), digits);
  if (text === '0') return '0';
  return value > 0 ? `+${text}` : `−${text}`;
}

/** English for the indicator units of the shared catalogue; an unknown unit is shown as it is. */
const UNIT_EN: Record<string, string> = {
  '万元/亩': '10k CNY/mu',
  '万元/亩·年': '10k CNY/mu·yr',
  '万元/吨标煤': '10k CNY/tce',
  '吨标煤/万元': 'tce/10k CNY',
  '万元/吨': '10k CNY/t',
  '万元': '10k CNY',
  '个': '',
  '%': '%',
  'm': 'm',
  'm²': 'm²',
  '': '',
};

export function unitLabel(unit: string, locale: Locale): string {
  if (locale === 'zh') return unit;
  return UNIT_EN[unit] ?? unit;
}

export function knownUnits(): string[] {
  return Object.keys(UNIT_EN);
}

/** A value with its unit: "300 万元/亩", "15%", "1.2" (ratios carry no unit). */
export function withUnit(value: number | string, unit: string, locale: Locale, digits = 2, minimumDigits = 0): string {
  const text = typeof value === 'number' ? formatNumber(value, digits, minimumDigits) : value;
  const label = unitLabel(unit, locale);
  if (label === '') return text;
  if (label === '%') return `${text}%`;
  return `${text} ${label}`;
}

export interface BoundLike {
  comparator: Comparator;
  value: number | string | null;
  valueMax?: number | null;
  textValue?: string | null;
}

export interface DescribedBound {
  /** Compact form for a table cell: "≥ 300 万元/亩", "1.0–2.5", "= GB 16297-1996 二级". */
  symbol: string;
  /** The comparator in words: "不低于 300 万元/亩". */
  words: string;
}

const SIGN: Record<Exclude<Comparator, 'range'>, string> = { min: '≥', max: '≤', eq: '=' };

/** Ratios (a number without unit, i.e. the floor-area ratio) are written with one decimal: 1.0. */
export function boundDigits(key: string): number {
  const definition = INDICATORS.find((i) => i.key === key);
  return definition?.unit === '' && definition.valueType === 'number' ? 1 : 0;
}

/** A parcel's bound as "≥ 300 万元/亩" plus words; `minimumDigits` 1 writes a FAR range "1.0–2.5". */
export function describeBound(bound: BoundLike, unit: string, locale: Locale, minimumDigits = 0): DescribedBound {
  const show = (v: number | string | null | undefined): string =>
    v === null || v === undefined ? '—' : withUnit(v, unit, locale, 2, minimumDigits);
  const plain = (v: number | string | null | undefined): string =>
    v === null || v === undefined ? '—' : typeof v === 'number' ? formatNumber(v, 2, minimumDigits) : v;
  const value = bound.comparator === 'eq' && bound.textValue ? bound.textValue : bound.value;
  switch (bound.comparator) {
    case 'range': {
      const max = bound.valueMax ?? null;
      if (value === null) return { symbol: `≤ ${show(max)}`, words: `${translate(locale, 'comparator.rangeOpenMax')} ${show(max)}` };
      if (max === null) return { symbol: `≥ ${show(value)}`, words: `${translate(locale, 'comparator.rangeOpenMin')} ${show(value)}` };
      const range = `${plain(value)}–${show(max)}`;
      return { symbol: range, words: `${translate(locale, 'comparator.range')} ${range}` };
    }
    default:
      return { symbol: `${SIGN[bound.comparator]} ${show(value)}`, words: `${translate(locale, `comparator.${bound.comparator}`)} ${show(value)}` };
  }
}
