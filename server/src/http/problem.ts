import type { Response } from 'express';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  423: 'Locked',
  428: 'Precondition Required',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export interface Problem {
  status: number;
  code: string;
  detail: string;
  instance?: string;
  [extra: string]: unknown;
}

/** Writes an RFC 9457 problem document; `code` is the stable machine-readable reason. */
export function sendProblem(res: Response, problem: Problem): void {
  const { status, code, detail, instance, ...extra } = problem;
  res
    .status(status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(
      JSON.stringify({
        type: `urn:standard-land-atlas:problem:${code}`,
        title: TITLES[status] ?? 'Error',
        status,
        code,
        detail,
        ...(instance ? { instance } : {}),
        ...extra,
      }),
    );
}
