// The favicon hash Shodan indexes (`http.favicon.hash`): MurmurHash3 x86 32-bit, seed 0, of the
// icon's base64 as Python's base64.encodebytes writes it (a newline after every 76 characters and
// at the end), read as a signed integer. Computed the same way, a value pivots straight into Shodan.
import murmur from 'murmurhash3js-revisited';
import { sha256 } from '../bytes.ts';

export function mmh3(bytes: Uint8Array): number {
  return murmur.x86.hash32(bytes, 0) | 0;
}

/** Base64 in lines of 76 characters, each ending in a newline (Python's encodebytes). */
export function base64Lines(data: Buffer): string {
  const b64 = data.toString('base64');
  let out = '';
  for (let i = 0; i < b64.length; i += 76) out += `${b64.slice(i, i + 76)}\n`;
  return out;
}

export function faviconHashes(icon: Buffer): { sha256: string; mmh3: number } {
  return { sha256: sha256(icon), mmh3: mmh3(Buffer.from(base64Lines(icon), 'ascii')) };
}
