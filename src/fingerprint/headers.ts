// HHHash (CIRCL's HTTP Headers Hashing): `hhh:1:` and the sha256 of the response's header names in
// the order the server sent them, joined by ':'. Values are left out, so a server software and its
// configuration hash alike across hosts, dates and cookies. Weak alone (a stock nginx matches every
// stock nginx), it is evidence only beside another fingerprint.
import { sha256 } from '../bytes.ts';

export function hhhash(headers: [string, string][]): string | null {
  if (headers.length === 0) return null;
  return `hhh:1:${sha256(headers.map(([name]) => name).join(':'))}`;
}
