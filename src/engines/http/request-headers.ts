// The request headers of a persona, in its browser's order, as the HTTP engine sends them.
import type { Persona } from '../../model.ts';

// Connection handling belongs to the client (one checked connection per request), and Host and
// Cookie are set per request by the client and the cookie jar.
const CLIENT_OWNED = new Set(['connection', 'host', 'cookie', 'content-length', 'keep-alive']);

// Asking for an encoding the runtime cannot decode would leave compressed bytes as "the page".
const decodable = (encoding: string) => encoding.trim().split(';')[0].trim() !== 'zstd' || typeof process.versions.zstd === 'string';

export function personaRequestHeaders(persona: Persona): [string, string][] {
  const headers: [string, string][] = persona.headers
    .filter(([name]) => !CLIENT_OWNED.has(name.toLowerCase()))
    .map(([name, value]) =>
      name.toLowerCase() === 'accept-encoding' ? [name, value.split(',').filter(decodable).map((e) => e.trim()).join(', ')] : [name, value],
    );
  const has = (name: string) => headers.some(([n]) => n.toLowerCase() === name);
  if (!has('user-agent')) headers.push(['User-Agent', persona.userAgent]);
  if (!has('accept-language')) headers.push(['Accept-Language', persona.acceptLanguage]);
  return headers;
}
