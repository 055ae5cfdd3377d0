import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import type { Logger } from '../logger';
import { HttpError } from './http-error';
import { sendProblem } from './problem';

// Socket errors and SQLSTATEs that mean "the database is not there right now" (class 08 connection
// exceptions, but not 08P01 protocol violation, which is our bug; 57P0x shutdowns).
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND',
  '08000', '08001', '08003', '08004', '08006', '57P01', '57P02', '57P03',
]);

function isDbUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|PGlite is closed/.test(
    err.message,
  );
}

export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const instance = req.originalUrl;
    if (res.headersSent) {
      log.error('error after headers were sent', { url: instance, err: String(err) });
      res.end();
      return;
    }
    // An error is never the cached representation of a resource.
    res.removeHeader('ETag');
    res.setHeader('Cache-Control', 'no-store');
    if (err instanceof HttpError) {
      // Extras never override the problem's own members.
      sendProblem(res, { ...err.extra, status: err.status, code: err.code, detail: err.detail, instance });
      return;
    }
    if (err instanceof ZodError) {
      const issue = err.issues[0];
      const param = issue?.path.join('.') ?? '';
      sendProblem(res, {
        status: 400,
        code: 'INVALID_PARAMETER',
        detail: issue ? `${param || 'input'}: ${issue.message}` : 'Invalid input',
        param,
        instance,
      });
      return;
    }
    const type = (err as { type?: unknown }).type;
    if (type === 'entity.too.large') {
      sendProblem(res, { status: 413, code: 'PAYLOAD_TOO_LARGE', detail: 'The request body is too large.', instance });
      return;
    }
    if (type === 'entity.parse.failed') {
      sendProblem(res, { status: 400, code: 'INVALID_JSON', detail: 'The request body is not valid JSON.', instance });
      return;
    }
    if ((err as { code?: unknown }).code === '57014') {
      sendProblem(res, { status: 503, code: 'QUERY_TIMEOUT', detail: 'The database took too long to answer.', instance });
      return;
    }
    if (isDbUnavailable(err)) {
      log.warn('database unavailable', { url: instance, err: String(err) });
      res.setHeader('Retry-After', '5');
      sendProblem(res, { status: 503, code: 'DB_UNAVAILABLE', detail: 'The database is not reachable; try again shortly.', instance });
      return;
    }
    log.error('unhandled error', { url: instance, err: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    sendProblem(res, { status: 500, code: 'INTERNAL', detail: 'An unexpected error occurred.', instance });
  };
}

export const notFoundHandler: RequestHandler = (req, res) => {
  sendProblem(res, { status: 404, code: 'ROUTE_NOT_FOUND', detail: `No route for ${req.method} ${req.path}`, instance: req.originalUrl });
};
