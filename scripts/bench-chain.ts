// The 4-hop lure chain the browser benchmarks visit: a 302, a meta refresh, a script redirect and
// a landing page, on loopback `.test` hosts of the fixture server.
import type { Browser } from 'playwright';
import type { FixtureServer } from '../test/fixtures/server.ts';

export function chain(server: FixtureServer, prefix: string): { start: string; final: string } {
  server.redirect(`${prefix}a.test`, '/start', 302, server.url(`${prefix}b.test`, '/meta'));
  server.page(`${prefix}b.test`, '/meta', `<meta http-equiv="refresh" content="0; url=${server.url(`${prefix}c.test`, '/script')}">`);
  server.page(`${prefix}c.test`, '/script', `<script>location.href = ${JSON.stringify(server.url(`${prefix}d.test`, '/land'))}</script>`);
  server.page(`${prefix}d.test`, '/land', '<title>landing</title><h1>今すぐ出会える</h1><p>登録無料</p>');
  return { start: server.url(`${prefix}a.test`, '/start'), final: server.url(`${prefix}d.test`, '/land') };
}

/** The bare-Playwright baseline's browser flags: quiet, and the `.test` names on loopback. */
export const BASELINE_ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--host-resolver-rules=MAP *.test 127.0.0.1'];

/** One baseline visit: a fresh context, the chain followed to its landing, nothing recorded. */
export async function bareVisit(browser: Browser, start: string, final: string, contextOptions: Parameters<Browser['newContext']>[0] = {}): Promise<void> {
  const ctx = await browser.newContext(contextOptions);
  const page = await ctx.newPage();
  await page.goto(start);
  await page.waitForURL(final);
  await ctx.close();
}
