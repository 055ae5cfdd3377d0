import type { Request } from 'express';

export interface Link {
  href: string;
  rel: string;
  type?: string;
  title?: string;
}

export const GEOJSON = 'application/geo+json';
export const JSON_TYPE = 'application/json';
export const OPENAPI_TYPE = 'application/vnd.oai.openapi+json;version=3.0';

/** Absolute base URL for links: the configured public URL, else what the client used to reach us. */
export function baseUrl(req: Request, publicUrl: string | undefined): string {
  if (publicUrl) return publicUrl.replace(/\/$/, '');
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

/** The same URL with some query parameters replaced; every other parameter (filters) is kept. */
export function withParams(base: string, path: string, query: Record<string, unknown>, changes: Record<string, string>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (k in changes) continue;
    for (const item of Array.isArray(v) ? v : [v]) params.append(k, String(item));
  }
  for (const [k, v] of Object.entries(changes)) params.set(k, v);
  const qs = params.toString();
  return `${base}${path}${qs ? `?${qs}` : ''}`;
}
