// Parcel status colours: the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"), which
// stays distinguishable under protanopia, deuteranopia and tritanopia; the one status without a hue
// of its own (withdrawn) is grey and also drawn with a dashed outline, so it never relies on colour.
import type { ParcelStatus } from '../../../server/src/domain/parcel-status';

export interface StatusStyle {
  color: string;
  dashed: boolean;
}

export const STATUS_PALETTE: Readonly<Record<ParcelStatus, StatusStyle>> = {
  reserve: { color: '#F0E442', dashed: false },
  published: { color: '#56B4E9', dashed: false },
  listed: { color: '#E69F00', dashed: false },
  transferred: { color: '#CC79A7', dashed: false },
  under_construction: { color: '#D55E00', dashed: false },
  completed: { color: '#0072B2', dashed: false },
  output_reviewed: { color: '#009E73', dashed: false },
  withdrawn: { color: '#8C8C8C', dashed: true },
};

export const UNKNOWN_STATUS_STYLE: StatusStyle = { color: '#666666', dashed: true };

export function statusStyle(status: string): StatusStyle {
  return (STATUS_PALETTE as Record<string, StatusStyle>)[status] ?? UNKNOWN_STATUS_STYLE;
}

/** `#RRGGBB` → `rgba(r, g, b, alpha)` for translucent fills. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
