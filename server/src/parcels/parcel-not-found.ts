import { HttpError } from '../http/http-error';

/** The one 404 for a parcel code nobody (or nobody this caller may see) has. */
export const parcelNotFound = (code: string): HttpError =>
  new HttpError(404, 'PARCEL_NOT_FOUND', `No parcel has the code "${code}".`, { param: 'code' });
