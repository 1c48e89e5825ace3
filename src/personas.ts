// The built-in fake identities, kept as data in data/personas.json. Each persona is one consistent
// device: UA string, navigator.platform, Client Hints metadata, languages, timezone and screen agree.
//
// mobile-ja is an iPhone with Safari. Safari has no User-Agent Client Hints, so its
// userAgentMetadata.brands is empty: the browser engine then sends no Sec-CH-UA headers and removes
// navigator.userAgentData, as Safari would (see engines/browser/identity.ts).
import { readFileSync } from 'node:fs';
import { InputError, UsageError } from './errors.ts';
import type { Persona } from './model.ts';

const PERSONAS_FILE = new URL('./data/personas.json', import.meta.url);

const REQUIRED: (keyof Persona)[] = [
  'name',
  'description',
  'userAgent',
  'platform',
  'acceptLanguage',
  'locale',
  'timezone',
  'viewport',
  'screen',
  'deviceScaleFactor',
  'isMobile',
  'hasTouch',
  'userAgentMetadata',
  'headers',
  'decoy',
];

let cached: Persona[] | null = null;

export function loadPersonas(): Persona[] {
  if (cached) return cached;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(PERSONAS_FILE, 'utf8'));
  } catch (err) {
    throw new InputError(`cannot read personas file ${PERSONAS_FILE.pathname}: ${(err as Error).message}`, { cause: err });
  }
  if (!Array.isArray(raw)) throw new InputError(`personas file ${PERSONAS_FILE.pathname} is not a JSON array`);
  for (const p of raw as Record<string, unknown>[]) {
    const missing = REQUIRED.filter((k) => p[k] === undefined);
    if (missing.length) throw new InputError(`persona ${String(p.name)} lacks ${missing.join(', ')}`);
  }
  cached = raw as Persona[];
  return cached;
}

export function getPersona(name: string): Persona {
  const personas = loadPersonas();
  const found = personas.find((p) => p.name === name);
  if (!found) throw new UsageError(`unknown persona "${name}" (known: ${personas.map((p) => p.name).join(', ')})`);
  return found;
}

/** True for a persona whose browser sends User-Agent Client Hints (Chromium-based ones). */
export function hasClientHints(persona: Persona): boolean {
  return persona.userAgentMetadata.brands.length > 0;
}
