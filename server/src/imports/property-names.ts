// Source attribute names mapped to parcel property names. Chinese GIS files name fields in pinyin
// initials (DKBH = 地块编号) or in Chinese; our own exports use the short DBF names below
// (export-shapefile.ts). Unrecognised properties keep their source name.
import { PARCEL_STATUSES } from '../domain/parcel-status';

const ALIASES: Readonly<Record<string, string>> = {
  dkbh: 'code', zdbh: 'code', 地块编号: 'code', 宗地编号: 'code', 地块代码: 'code',
  dkmc: 'name', zdmc: 'name', 地块名称: 'name', 宗地名称: 'name',
  ydxz: 'landUseCode', dlbm: 'landUseCode', 地类编码: 'landUseCode', 用地性质: 'landUseCode', landuse: 'landUseCode',
  mj: 'areaM2',
  sbmj: 'declaredAreaM2',
  zt: 'status', 状态: 'status',
};

const STATUS_BY_LABEL = new Map<string, string>(PARCEL_STATUSES.map((s) => [s.labelZh, s.code]));

function mappedName(name: string): string {
  return ALIASES[name.trim().toLowerCase()] ?? name;
}

function mappedValue(name: string, value: unknown): unknown {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (name === 'status') return STATUS_BY_LABEL.get(trimmed) ?? trimmed;
    if (name === 'code' || name === 'landUseCode') return trimmed;
  }
  // A DBF numeric code field (e.g. 地类编码 N(6)) comes back as a number; codes are text.
  if (typeof value === 'number' && name === 'landUseCode') return String(value);
  return value;
}

/** Renames recognised properties; when a source has both DKBH and code, the first one wins. */
export function mapProperties(source: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(source)) {
    const mapped = mappedName(name);
    if (Object.hasOwn(out, mapped)) continue;
    // defineProperty, not assignment: a property named "__proto__" must stay data, not a prototype.
    Object.defineProperty(out, mapped, { value: mappedValue(mapped, value), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** The parcel code as text, or null when absent or blank. */
export function codeOf(properties: Record<string, unknown>): string | null {
  const code = properties.code;
  if (typeof code === 'number' && Number.isFinite(code)) return String(code);
  if (typeof code === 'string' && code.trim() !== '') return code.trim();
  return null;
}
