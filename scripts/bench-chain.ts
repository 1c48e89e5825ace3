// The 4-hop lure chain the browser benchmarks visit: a 302, a meta refresh, a script redirect and
// a landing page, on loopback `.test` hosts of the fixture server.
import type { FixtureServer } from '../test/fixtures/server.ts';

export function chain(server: FixtureServer, prefix: string): { start: string; final: string } {
  server.redirect(`${prefix}a.test`, '/start', 302, server.url(`${prefix}b.test`, '/meta'));
  server.page(`${prefix}b.test`, '/meta', `<meta http-equiv="refresh" content="0; url=${server.url(`${prefix}c.test`, '/script')}">`);
  server.page(`${prefix}c.test`, '/script', `<script>location.href = ${JSON.stringify(server.url(`${prefix}d.test`, '/land'))}</script>`);
  server.page(`${prefix}d.test`, '/land', '<title>landing</title><h1>今すぐ出会える</h1><p>登録無料</p>');
  return { start: server.url(`${prefix}a.test`, '/start'), final: server.url(`${prefix}d.test`, '/land') };
}
