// The one way the client talks to the server: JSON in, JSON out, and RFC 9457 problem documents
// turned into an ApiError that carries the server's `detail` (and its extension members, e.g. the
// `issues` of a rejected geometry or the `candidates` of an ambiguous CRS) for the UI to show.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    /** The problem document's other members (RFC 9457 §3.2 extensions). */
    readonly extra: Readonly<Record<string, unknown>> = {},
  ) {
    super(detail);
    this.name = 'ApiError';
  }
}

/** Status 0: the request never reached the server (offline, server down, aborted). */
export const NETWORK_ERROR = 'NETWORK_ERROR';

/** Writes in a signed-in session carry its CSRF token in this header (server/src/users/session.middleware.ts). */
export const CSRF_HEADER = 'X-CSRF-Token';

const PROBLEM_MEMBERS = new Set(['type', 'title', 'status', 'code', 'detail', 'instance']);

/** An ApiError from a response's status and (possibly non-JSON) body text. */
export function apiErrorOf(status: number, statusText: string, bodyText: string): ApiError {
  let code = `HTTP_${status}`;
  let detail = statusText || `HTTP ${status}`;
  const extra: Record<string, unknown> = {};
  try {
    const body = JSON.parse(bodyText) as Record<string, unknown>;
    if (typeof body.code === 'string') code = body.code;
    if (typeof body.detail === 'string') detail = body.detail;
    else if (typeof body.title === 'string') detail = body.title;
    for (const [key, value] of Object.entries(body)) if (!PROBLEM_MEMBERS.has(key)) extra[key] = value;
  } catch {
    // Not JSON (a proxy's HTML error page): keep the status text.
  }
  return new ApiError(status, code, detail, extra);
}

async function send(path: string, init: RequestInit): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(path, { credentials: 'same-origin', ...init, headers: { Accept: 'application/json', ...init.headers } });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, NETWORK_ERROR, err instanceof Error ? err.message : String(err));
  }
  if (!res.ok) throw apiErrorOf(res.status, res.statusText, await res.text().catch(() => ''));
  return res;
}

async function bodyOf<T>(res: Response): Promise<T> {
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

async function request<T>(path: string, init: RequestInit): Promise<T> {
  return bodyOf<T>(await send(path, init));
}

const csrfHeaders = (csrfToken: string | undefined): Record<string, string> => (csrfToken ? { [CSRF_HEADER]: csrfToken } : {});

export function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return request<T>(path, signal ? { signal } : {});
}

/** A JSON body with the ETag it came with (for a later If-Match). */
export interface Tagged<T> {
  data: T;
  etag: string | null;
}

export async function getTaggedJson<T>(path: string, signal?: AbortSignal): Promise<Tagged<T>> {
  const res = await send(path, signal ? { signal } : {});
  return { data: await bodyOf<T>(res), etag: res.headers.get('ETag') };
}

export function postJson<T>(path: string, body: unknown, csrfToken?: string, headers: Record<string, string> = {}): Promise<T> {
  return request<T>(path, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...csrfHeaders(csrfToken), ...headers } });
}

/** PATCH under optimistic locking: `ifMatch` is the ETag the edit started from (412 when stale). */
export async function patchJson<T>(path: string, body: unknown, csrfToken: string | undefined, ifMatch: string): Promise<Tagged<T>> {
  const res = await send(path, {
    method: 'PATCH',
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', 'If-Match': ifMatch, ...csrfHeaders(csrfToken) },
  });
  return { data: await bodyOf<T>(res), etag: res.headers.get('ETag') };
}

export function deleteJson(path: string, csrfToken?: string): Promise<void> {
  return request<void>(path, { method: 'DELETE', headers: csrfHeaders(csrfToken) });
}

export interface UploadOptions {
  csrfToken?: string;
  /** Share of the request body sent so far, 0–1 (XMLHttpRequest upload progress). */
  onProgress?(fraction: number): void;
  signal?: AbortSignal;
}

/**
 * POSTs a multipart form with upload progress. fetch() cannot report how much of a body has gone
 * out, so large files go through XMLHttpRequest; errors are the same ApiError as everywhere else.
 */
export function postForm<T>(path: string, form: FormData, { csrfToken, onProgress, signal }: UploadOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader(CSRF_HEADER, csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.upload.onload = () => onProgress?.(1);
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status >= 300) {
        reject(apiErrorOf(xhr.status, xhr.statusText, xhr.responseText));
        return;
      }
      try {
        resolve((xhr.status === 204 ? undefined : JSON.parse(xhr.responseText)) as T);
      } catch (err) {
        reject(new ApiError(xhr.status, 'INVALID_RESPONSE', err instanceof Error ? err.message : String(err)));
      }
    };
    xhr.onerror = () => reject(new ApiError(0, NETWORK_ERROR, 'upload failed'));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    if (signal) {
      if (signal.aborted) {
        reject(new DOMException('The upload was cancelled.', 'AbortError'));
        return;
      }
      signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    xhr.send(form);
  });
}
