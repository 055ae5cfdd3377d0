// The record version an If-Match header names (optimistic locking): `"3"`, `3` or `W/"3"`. A missing
// header is 428 (the client must say what it edited); anything unreadable becomes -1, which never
// matches a version, so the caller answers 412.
import { HttpError } from './http-error';

/** `what` names the record in the 428 message, e.g. "the case you looked at". */
export function versionFromIfMatch(header: string | undefined, what: string, options: { etagSuffix?: boolean } = {}): number {
  if (header === undefined || header.trim() === '') {
    throw new HttpError(428, 'PRECONDITION_REQUIRED', `Send If-Match with the ETag (or version) of ${what}.`, { param: 'If-Match' });
  }
  // Parcels' ETags carry the catalog's data version after a dot (`"3.17"`); only the record version counts.
  const m = (options.etagSuffix ? /^\s*(?:W\/)?"?(\d+)(?:\.\d+)?"?\s*$/ : /^\s*(?:W\/)?"?(\d+)"?\s*$/).exec(header);
  return m ? Number(m[1]) : -1;
}
