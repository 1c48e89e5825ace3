// `export --format lookyloo --out DIR`: one capture folder per visit in the layout Lookyloo's
// capture upload takes (DIR/VISIT_ID/): `0.har` (the visit's HAR), `0.html` (the final page as
// stored), `0.png` (its screenshot, when the visit has one), `0.last_redirect.txt` (the final URL),
// `0.cookies.json` (cookies the chain set), `uuid` (the same for the same visit on every export) and `meta`. A zip is not written yet.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cookie } from 'tough-cookie';
import { v5 as uuidV5 } from 'uuid';
import { HOPTRACE_NAMESPACE } from '../export/stix.ts';
import type { TraceBundle, Visit } from '../model.ts';
import { loadPersonas } from '../personas.ts';
import { toHar, type StoredBodies } from './har-export.ts';


/** Writes the folders; returns their paths. */
export function writeLookyloo(bundle: TraceBundle, stored: StoredBodies, outDir: string): string[] {
  const personas = new Map(loadPersonas().map((p) => [p.name, p]));
  return bundle.visits.map((visit) => {
    const dir = join(outDir, visit.id);
    mkdirSync(dir, { recursive: true });
    const har = toHar({ ...bundle, visits: [visit] }, stored);
    writeFileSync(join(dir, '0.har'), JSON.stringify(har));
    const html = finalBody(visit, stored);
    if (html) writeFileSync(join(dir, '0.html'), html);
    const shot = visit.final?.screenshot ? stored.body(visit.final.screenshot) : null;
    if (shot) writeFileSync(join(dir, '0.png'), shot);
    writeFileSync(join(dir, '0.last_redirect.txt'), visit.final?.url ?? visit.url);
    writeFileSync(join(dir, '0.cookies.json'), JSON.stringify(cookiesOf(visit)));
    writeFileSync(join(dir, 'uuid'), uuidV5(`lookyloo capture ${visit.id}`, HOPTRACE_NAMESPACE));
    writeFileSync(join(dir, 'meta'), JSON.stringify({ user_agent: personas.get(visit.persona)?.userAgent ?? null, persona: visit.persona, hoptrace_visit: visit.id }));
    return dir;
  });
}

/** The final page's bytes as received: the body of the last main-chain hop. */
function finalBody(v: Visit, stored: StoredBodies): Buffer | null {
  const last = v.hops.filter((h) => h.branch === 0).at(-1);
  return last?.bodySha256 ? stored.body(last.bodySha256) : null;
}

/** Cookies set along the chain, in the shape Lookyloo (Playwright's storage state) keeps them. */
function cookiesOf(v: Visit): Record<string, unknown>[] {
  return v.hops.flatMap((h) =>
    h.setCookies.flatMap((header) => {
      const c = Cookie.parse(header);
      if (!c) return [];
      return [{
        name: c.key,
        value: c.value,
        domain: c.domain ?? new URL(h.url).hostname,
        path: c.path ?? '/',
        expires: c.expires instanceof Date ? c.expires.getTime() / 1000 : -1,
        httpOnly: c.httpOnly,
        secure: c.secure,
        sameSite: c.sameSite ?? 'Lax',
      }];
    }),
  );
}
