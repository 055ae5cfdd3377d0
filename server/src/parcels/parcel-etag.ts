// A parcel's ETag names its record version and the catalog's data version: `"<version>.<dataVersion>"`.
// The data version makes a 304 safe when something the detail shows changes elsewhere (a zone's
// assessments); If-Match compares the record version only, since unrelated writes bump the other.
import { HttpError } from '../http/http-error';
import { versionFromIfMatch } from '../http/if-match';

export const parcelEtag = (version: number, dataVersion: number): string => `"${version}.${dataVersion}"`;

/** The record version an If-Match header names; 428 when missing, 412-worthy garbage becomes -1. */
export const parcelVersionFromIfMatch = (header: string | undefined): number =>
  versionFromIfMatch(header, 'the parcel you edited', { etagSuffix: true });

export function assertVersion(expected: number, actual: number, code: string): void {
  if (expected !== actual) {
    throw new HttpError(412, 'VERSION_MISMATCH', `Parcel ${code} was changed by someone else (now version ${actual}); reload and try again.`, {
      currentVersion: actual,
    });
  }
}
