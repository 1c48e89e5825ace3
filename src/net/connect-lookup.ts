// A `lookup` for node's net/http/tls that answers one already-checked address, whatever name it
// is asked about: the connection then goes to exactly the address the guard approved.
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';

export function fixedLookup(ip: string): LookupFunction {
  const family = isIP(ip);
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: ip, family }]);
    else callback(null, ip, family);
  };
}
