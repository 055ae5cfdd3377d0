// Query-string parsing with errors that name the parameter and carry a stable code.
import { HttpError } from './http-error';

export type RawQuery = Record<string, unknown>;

const fail = (param: string, code: string, detail: string) => new HttpError(400, code, detail, { param });

/** Every query parameter must be known, so a typo is an error rather than a silently ignored filter. */
export function rejectUnknownParams(query: RawQuery, allowed: readonly string[]): void {
  for (const key of Object.keys(query)) {
    if (!allowed.includes(key)) {
      throw fail(key, 'UNKNOWN_PARAMETER', `Unknown query parameter "${key}". Allowed: ${allowed.join(', ')}.`);
    }
  }
}

/** A single string value; repeated parameters are an error. */
export function stringParam(query: RawQuery, param: string): string | undefined {
  const v = query[param];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw fail(param, 'INVALID_PARAMETER', `"${param}" must be given once.`);
  return v;
}

/** Values given as `a,b` or repeated `?p=a&p=b`, checked against an allow-list. */
export function listParam<T extends string>(query: RawQuery, param: string, allowed: readonly T[]): T[] | undefined {
  const raw = rawList(query, param);
  if (raw === undefined) return undefined;
  for (const v of raw) {
    if (!allowed.includes(v as T)) {
      throw fail(param, 'UNKNOWN_FILTER_VALUE', `"${v}" is not a valid ${param}. Allowed: ${allowed.join(', ')}.`);
    }
  }
  return raw as T[];
}

export function rawList(query: RawQuery, param: string): string[] | undefined {
  const v = query[param];
  if (v === undefined) return undefined;
  const parts = (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(','));
  const values = parts.map((s) => s.trim()).filter((s) => s.length > 0);
  if (values.length === 0) throw fail(param, 'INVALID_PARAMETER', `"${param}" is empty.`);
  return values;
}

export function numberParam(query: RawQuery, param: string): number | undefined {
  const s = stringParam(query, param);
  if (s === undefined) return undefined;
  const n = Number(s);
  if (s.trim() === '' || !Number.isFinite(n)) throw fail(param, 'INVALID_PARAMETER', `"${param}" must be a number.`);
  return n;
}

export function intParam(query: RawQuery, param: string, min: number, max: number, code = 'INVALID_PARAMETER'): number | undefined {
  const s = stringParam(query, param);
  if (s === undefined) return undefined;
  if (!/^-?\d+$/.test(s.trim())) throw fail(param, 'INVALID_PARAMETER', `"${param}" must be a whole number.`);
  const n = Number(s);
  if (n < min || n > max) throw fail(param, code, `"${param}" must be between ${min} and ${max}.`);
  return n;
}

export type Bbox = [number, number, number, number];

/** `minX,minY,maxX,maxY`; `axisOrder: 'latlon'` reads EPSG:4490's lat,lon order and returns lon/lat. */
export function bboxParam(query: RawQuery, param: string, axisOrder: 'lonlat' | 'latlon' = 'lonlat'): Bbox | undefined {
  const s = stringParam(query, param);
  if (s === undefined) return undefined;
  const nums = s.split(',').map((p) => Number(p.trim()));
  if ((nums.length !== 4 && nums.length !== 6) || nums.some((n, i) => !Number.isFinite(n) || s.split(',')[i]?.trim() === '')) {
    throw fail(param, 'INVALID_BBOX', `"${param}" must be four numbers: minLon,minLat,maxLon,maxLat.`);
  }
  // A 6-number bbox carries heights we ignore: minX,minY,minZ,maxX,maxY,maxZ.
  const [a, b, c, d] = nums.length === 6 ? [nums[0], nums[1], nums[3], nums[4]] : nums;
  const [minLon, minLat, maxLon, maxLat] = (axisOrder === 'latlon' ? [b, a, d, c] : [a, b, c, d]) as Bbox;
  if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90) {
    throw fail(param, 'INVALID_BBOX', `"${param}" is outside the valid longitude/latitude range.`);
  }
  if (minLon > maxLon || minLat > maxLat) throw fail(param, 'INVALID_BBOX', `"${param}" minimum is greater than its maximum.`);
  return [minLon, minLat, maxLon, maxLat];
}

/** A numeric record id in the path (`/…/:id`): 1 to 12 digits, else 400 naming the parameter. */
export function idParam(raw: unknown, param = 'id'): number {
  const s = String(raw);
  if (!/^\d{1,12}$/.test(s)) throw fail(param, 'INVALID_PARAMETER', `"${param}" must be a whole number.`);
  return Number(s);
}
