import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Queryable } from '../db/db';
import { sql } from '../db/sql';
import { audienceOf } from './audience';

export async function currentDataVersion(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ version: number }>(sql('meta/data-version'));
  return Number(rows[0]?.version ?? 0);
}

/**
 * Read responses depend only on the catalog's data version and the URL, so the ETag is derived from
 * both: a publish changes every ETag at once, and an unchanged resource answers 304 without a query.
 */
export function etagByDataVersion(db: Queryable): RequestHandler {
  return async (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const version = await currentDataVersion(db);
    // Staff see unpublished parcels, so their responses differ from the public's for the same URL.
    const audience = audienceOf(req);
    const tag = `W/"v${version}-${createHash('sha1').update(`${audience} ${req.originalUrl}`).digest('base64url').slice(0, 16)}"`;
    res.setHeader('ETag', tag);
    res.vary('Cookie');
    res.setHeader('Cache-Control', `${audience === 'staff' ? 'private' : 'public'}, max-age=0, must-revalidate`);
    const presented = (req.headers['if-none-match'] ?? '').split(',').map((t) => t.trim());
    if (presented.includes(tag) || presented.includes('*')) {
      res.status(304).end();
      return;
    }
    next();
  };
}
