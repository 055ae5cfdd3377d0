/** The one error type routes and services throw; the error handler turns it into problem+json. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'HttpError';
  }
}

export const badParam = (param: string, detail: string, code = 'INVALID_PARAMETER') =>
  new HttpError(400, code, detail, { param });

export const notFound = (code: string, detail: string) => new HttpError(404, code, detail);
