// A small real HTTP server on 127.0.0.1 (port 0) standing in for a peer platform in tests: it records
// every request, and can be told to fail the next N requests (an HTTP error, a hang that the client
// must time out, or a dropped connection) before answering normally again.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FailureMode = 500 | 502 | 503 | 429 | 'hang' | 'reset';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** The parsed JSON body, or undefined when the body is not JSON. */
  body: unknown;
  /** What the fake did: a status code, 'hang' or 'reset'. */
  answeredWith: number | 'hang' | 'reset';
}

export interface PeerAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type PeerHandler = (req: RecordedRequest) => PeerAnswer;

export interface FakePeer {
  /** Base URL, e.g. http://127.0.0.1:40123 (no trailing slash). */
  url: string;
  /** Every request received, failed ones included, in order. */
  requests: RecordedRequest[];
  /** The next `count` requests fail with `mode` (default 500); later ones are answered normally. */
  failNext(count: number, mode?: FailureMode): void;
  /** Requires `Authorization: Bearer <token>` from now on (401 otherwise). */
  requireToken(token: string | undefined): void;
  close(): Promise<void>;
}

const parseJson = (text: string): unknown => {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
};

function send(res: ServerResponse, answer: PeerAnswer): void {
  const text = answer.body === undefined ? '' : JSON.stringify(answer.body);
  res.writeHead(answer.status, { ...(text ? { 'Content-Type': 'application/json; charset=utf-8' } : {}), ...answer.headers });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakePeer(handler: PeerHandler): Promise<FakePeer> {
  const failures: FailureMode[] = [];
  const requests: RecordedRequest[] = [];
  let token: string | undefined;

  const server = createServer(async (req, res) => {
    const rawBody = await readBody(req);
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers: req.headers,
      rawBody,
      body: parseJson(rawBody),
      answeredWith: 0,
    };
    requests.push(recorded);
    const failure = failures.shift();
    if (failure === 'hang') {
      recorded.answeredWith = 'hang';
      return; // never answers; close() destroys the socket
    }
    if (failure === 'reset') {
      recorded.answeredWith = 'reset';
      req.socket.destroy();
      return;
    }
    if (failure !== undefined) {
      recorded.answeredWith = failure;
      send(res, { status: failure, body: { error: 'injected failure' }, ...(failure === 429 || failure === 503 ? { headers: { 'Retry-After': '1' } } : {}) });
      return;
    }
    if (token !== undefined && req.headers.authorization !== `Bearer ${token}`) {
      recorded.answeredWith = 401;
      send(res, { status: 401, body: { error: 'token required' } });
      return;
    }
    const answer = handler(recorded);
    recorded.answeredWith = answer.status;
    send(res, answer);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext(count, mode = 500) {
      for (let i = 0; i < count; i++) failures.push(mode);
    },
    requireToken(value) {
      token = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
