// The `sla_sid` cookie: HttpOnly (no script can read it), SameSite=Lax (not sent on cross-site
// POSTs), Path=/, Secure when the request came over HTTPS (`req.secure`; behind a proxy that needs
// Express's `trust proxy`). No Max-Age: the browser drops it on exit; the server enforces lifetimes.
import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'sla_sid';

/** The value of one cookie from the Cookie header (RFC 6265 §5.4), or undefined. */
export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const raw = part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
    try {
      return decodeURIComponent(raw);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function cookieAttributes(req: Request): string {
  return `Path=/; HttpOnly; SameSite=Lax${req.secure ? '; Secure' : ''}`;
}

/** Replaces any `sla_sid` cookie this response already sets, so the last decision wins. */
function setSessionCookieHeader(res: Response, cookie: string): void {
  const prior = res.getHeader('Set-Cookie');
  const others = (Array.isArray(prior) ? prior : prior === undefined ? [] : [String(prior)]).filter((c) => !c.startsWith(`${SESSION_COOKIE}=`));
  res.setHeader('Set-Cookie', [...others, cookie]);
}

export function setSessionCookie(req: Request, res: Response, sessionId: string): void {
  setSessionCookieHeader(res, `${SESSION_COOKIE}=${sessionId}; ${cookieAttributes(req)}`);
}

export function clearSessionCookie(req: Request, res: Response): void {
  setSessionCookieHeader(res, `${SESSION_COOKIE}=; ${cookieAttributes(req)}; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT`);
}
