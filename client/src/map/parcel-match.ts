// Which parcels the map shows in full colour while a filter is on. Status, land use and area come
// with every tile feature; other filters (text, zone, division, indicators) arrive as a code list.
import type { ParcelFilters } from '../app/url-state';

export interface TileMatch {
  statuses: ReadonlySet<string> | null;
  landUses: ReadonlySet<string> | null;
  areaMuMin: number | null;
  areaMuMax: number | null;
  /** Codes matching the filters tiles cannot evaluate; null when no such filter applies. */
  codes: ReadonlySet<string> | null;
}

export interface TileParcelProps {
  code?: unknown;
  status?: unknown;
  landUse?: unknown;
  areaMu?: unknown;
}

/** Null when nothing is filtered, so every parcel keeps its status colour. */
export function tileMatchFor(filters: ParcelFilters, codes: readonly string[] | null): TileMatch | null {
  const match: TileMatch = {
    statuses: filters.statuses.length > 0 ? new Set(filters.statuses) : null,
    landUses: filters.landUses.length > 0 ? new Set(filters.landUses) : null,
    areaMuMin: filters.areaMuMin,
    areaMuMax: filters.areaMuMax,
    codes: codes ? new Set(codes) : null,
  };
  const empty = !match.statuses && !match.landUses && match.areaMuMin === null && match.areaMuMax === null && !match.codes;
  return empty ? null : match;
}

export function matchesTileParcel(match: TileMatch, props: TileParcelProps): boolean {
  if (match.statuses && !match.statuses.has(String(props.status))) return false;
  if (match.landUses && !match.landUses.has(String(props.landUse))) return false;
  const area = Number(props.areaMu);
  if (match.areaMuMin !== null && !(area >= match.areaMuMin)) return false;
  if (match.areaMuMax !== null && !(area <= match.areaMuMax)) return false;
  if (match.codes && !match.codes.has(String(props.code))) return false;
  return true;
}
