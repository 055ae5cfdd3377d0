// The one way the client talks to the server: JSON in, JSON out, and RFC 9457 problem documents
// turned into an ApiError that carries the server's `detail` for the UI to show.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'ApiError';
  }
}

/** Status 0: the request never reached the server (offline, server down, aborted). */
export const NETWORK_ERROR = 'NETWORK_ERROR';

/** Writes in a signed-in session carry its CSRF token in this header (server/src/users/session.middleware.ts). */
export const CSRF_HEADER = 'X-CSRF-Token';

async function problemOf(res: Response): Promise<ApiError> {
  let code = `HTTP_${res.status}`;
  let detail = res.statusText || `HTTP ${res.status}`;
  try {
    const body = (await res.json()) as { code?: unknown; detail?: unknown; title?: unknown };
    if (typeof body.code === 'string') code = body.code;
    if (typeof body.detail === 'string') detail = body.detail;
    else if (typeof body.title === 'string') detail = body.title;
  } catch {
    // Not JSON (a proxy's HTML error page): keep the status text.
  }
  return new ApiError(res.status, code, detail);
}

async function request<T>(path: string, init: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { credentials: 'same-origin', ...init, headers: { Accept: 'application/json', ...init.headers } });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, NETWORK_ERROR, err instanceof Error ? err.message : String(err));
  }
  if (!res.ok) throw await problemOf(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

const csrfHeaders = (csrfToken: string | undefined): Record<string, string> => (csrfToken ? { [CSRF_HEADER]: csrfToken } : {});

export function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return request<T>(path, signal ? { signal } : {});
}

export function postJson<T>(path: string, body: unknown, csrfToken?: string): Promise<T> {
  return request<T>(path, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...csrfHeaders(csrfToken) } });
}

export function deleteJson(path: string, csrfToken?: string): Promise<void> {
  return request<void>(path, { method: 'DELETE', headers: csrfHeaders(csrfToken) });
}
