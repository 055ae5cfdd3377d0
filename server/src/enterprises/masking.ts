// Personal data in public views (security.md "Access"): a phone shows as `138****1234`, an ID
// number keeps its first 3 and last 4 characters. The rest becomes one `*` per character.

const MASK = '*';

export function maskPhone(phone: string): string {
  return maskMiddle(phone.trim(), 3, 4);
}

/** 居民身份证号码 (GB 11643, 18 characters) or another identity document number. */
export function maskIdNumber(idNumber: string): string {
  return maskMiddle(idNumber.trim(), 3, 4);
}

// Too short to keep both ends without showing (nearly) everything: mask it all.
function maskMiddle(value: string, keepStart: number, keepEnd: number): string {
  const chars = [...value];
  if (chars.length <= keepStart + keepEnd) return MASK.repeat(chars.length);
  return [
    ...chars.slice(0, keepStart),
    ...chars.slice(keepStart, chars.length - keepEnd).map(() => MASK),
    ...chars.slice(chars.length - keepEnd),
  ].join('');
}
