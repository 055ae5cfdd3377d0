// SM3 (GB/T 32905-2016) from Node's own crypto (OpenSSL); no library needed for hashing.
import { createHash } from 'node:crypto';

/** Lower-case hex SM3 digest; a string is hashed as its UTF-8 bytes. */
export function sm3Hex(input: Uint8Array | string): string {
  const hash = createHash('sm3');
  if (typeof input === 'string') hash.update(input, 'utf8');
  else hash.update(input);
  return hash.digest('hex');
}
