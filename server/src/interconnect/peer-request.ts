// One HTTP exchange with a peer platform, with a hard timeout, that never throws: the caller gets the
// status and the (size-limited) body, or a typed transport failure it can retry or report as
// "unavailable". Node's global fetch (undici) is the client; nothing here knows about our database.

export interface PeerRequest {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  /** Serialised as JSON when present. */
  body?: unknown;
  timeoutMs: number;
}

export type PeerResponse =
  | { ok: true; status: number; headers: Headers; text: string; json: unknown }
  | { ok: false; kind: 'timeout' | 'network'; error: string };

/** Peers answer small JSON documents; anything longer is cut (kept only for error messages). */
const MAX_BODY_CHARS = 64 * 1024;

function describeNetworkError(err: unknown): string {
  const cause = (err as { cause?: { code?: unknown; message?: unknown } }).cause;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  const message = err instanceof Error ? err.message : String(err);
  return code ? `${message} (${code})` : message;
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

export async function peerRequest(request: PeerRequest): Promise<PeerResponse> {
  const signal = AbortSignal.timeout(request.timeoutMs);
  try {
    const res = await fetch(request.url, {
      method: request.method,
      headers: {
        Accept: 'application/json',
        ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...request.headers,
      },
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      redirect: 'error',
      signal,
    });
    const text = (await res.text()).slice(0, MAX_BODY_CHARS);
    return { ok: true, status: res.status, headers: res.headers, text, json: parseJson(text) };
  } catch (err) {
    if (signal.aborted) return { ok: false, kind: 'timeout', error: `no answer within ${request.timeoutMs} ms` };
    return { ok: false, kind: 'network', error: describeNetworkError(err) };
  }
}

/** Seconds of a Retry-After header (the HTTP-date form too), or undefined. */
export function retryAfterMs(headers: Headers, now: Date): number | undefined {
  const value = headers.get('retry-after');
  if (value === null) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}
