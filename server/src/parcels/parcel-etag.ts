// A parcel's ETag names its record version and the catalog's data version: `"<version>.<dataVersion>"`.
// The data version makes a 304 safe when something the detail shows changes elsewhere (a zone's
// assessments); If-Match compares the record version only, since unrelated writes bump the other.
import { HttpError } from '../http/http-error';

export const parcelEtag = (version: number, dataVersion: number): string => `"${version}.${dataVersion}"`;

/** The record version an If-Match header names; 428 when missing, 412-worthy garbage becomes -1. */
export function versionFromIfMatch(header: string | undefined): number {
  if (header === undefined || header.trim() === '') {
    throw new HttpError(428, 'PRECONDITION_REQUIRED', 'Send If-Match with the ETag (or version) of the parcel you edited.', { param: 'If-Match' });
  }
  const m = /^\s*(?:W\/)?"?(\d+)(?:\.\d+)?"?\s*$/.exec(header);
  return m ? Number(m[1]) : -1;
}

export function assertVersion(expected: number, actual: number, code: string): void {
  if (expected !== actual) {
    throw new HttpError(412, 'VERSION_MISMATCH', `Parcel ${code} was changed by someone else (now version ${actual}); reload and try again.`, {
      currentVersion: actual,
    });
  }
}
