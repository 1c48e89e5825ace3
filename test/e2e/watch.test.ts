// `hoptrace watch`: real rounds every second against a loopback campaign whose chain the test
// changes (new landing, new tracker, site down and back), a loopback webhook receiver that checks
// every signature (and is down for a while), and a scheduler killed with SIGKILL mid-round.
// Every wait is on an event: a line on stdout, a row in the database, a request received.
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TraceStore } from '../../src/store/store.ts';
import { hoptrace, LOOPBACK } from '../fixtures/cli.ts';
import { startHogs, stopHogs } from '../fixtures/hogs.ts';
import { until } from '../fixtures/queue-procs.ts';
import { startServe } from './serve-support.ts';
import { sendHtml, startFixtureServer, type FixtureServer } from '../fixtures/server.ts';
import { campaign, killWatchRuns, startWatchRun, visitsPerRound, watchNextDue, watchRounds } from '../fixtures/watch.ts';

const SECRET = 'watch-test-secret-0123456789';

let dir: string;
let db: string;
let site: FixtureServer;
const rounds = () => watchRounds(db);
const startRun = (extra: string[] = []) => startWatchRun(db, extra, { HOOK_SECRET: SECRET });

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hoptrace-watch-'));
  db = join(dir, 'w.sqlite');
  site = await startFixtureServer();
});

afterEach(async () => {
  await killWatchRuns();
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('watch', () => {
  it('reports each scripted change once, confirmed, on stdout, in --events and to a signed webhook that was down for a while', async () => {
    const received: { body: string; signature: string | undefined }[] = [];
    let receiverDown = false;
    const hook: Server = createServer((req, res) => {
      if (receiverDown) return void req.socket.destroy();
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        received.push({ body, signature: req.headers['x-hoptrace-signature'] as string | undefined });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
    const hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
    const c = campaign(site);
    const lure = c.lure;
    const events = join(dir, 'events.jsonl');
    try {
      const add = await hoptrace(['watch', 'add', lure, '--name', 'camp', '--every', '1s', '--confirm', '2', '--engine', 'http', ...LOOPBACK,
        '--retries', '0', '--webhook', hookUrl, '--webhook-secret-env', 'HOOK_SECRET', '--db', db]);
      expect(add.code, add.stderr).toBe(0);
      const run = startRun(['--events', events]);
      const kinds = () => run.lines().map((e) => e.kind);

      // Two rounds of the first chain: a baseline and a "same".
      await until('two rounds of scene a', () => rounds().filter((r) => r.status === 'done').length >= 3);
      expect(kinds()).toEqual([]);

      c.scene = 'new-landing';
      await until('final-moved', () => kinds().length >= 1, 120_000);
      const moved = run.lines()[0]!;
      expect(moved.kind).toBe('final-moved');
      expect(moved.format).toBe('hoptrace.watch-event/1');
      expect(moved.watch).toBe('camp');
      expect(moved.target).toBe(lure);
      expect(moved.evidence[0]!.before).toMatchObject({ domain: 'date-a.test' });
      expect(moved.evidence[0]!.after).toMatchObject({ domain: 'date-b.test' });
      // Confirmed: the round before the one that reported it saw the new landing first and waited.
      const all = rounds();
      const reported = all.findIndex((r) => r.id === moved.round);
      expect(all[reported]!.verdict).toBe('changed: final-moved');
      expect(all[reported - 1]!.verdict).toBe('changed, to confirm (1/2)');
      expect(moved.previousRound).toBe(all.find((r) => r.verdict === 'baseline')!.id);

      c.scene = 'new-tracker';
      await until('tracker-added', () => kinds().length >= 2, 120_000);
      expect(run.lines()[1]).toMatchObject({ kind: 'tracker-added', evidence: [{ what: 'tracker', after: ['trk2.test'] }] });

      receiverDown = true;
      c.scene = 'down';
      await until('went-dark', () => kinds().length >= 3, 120_000);
      expect(run.lines()[2]!.kind).toBe('went-dark');
      // The receiver is down: the delivery failed and is recorded, not lost.
      await until('a failed delivery', () => {
        const store = TraceStore.open(db, { readonly: true });
        try {
          const e = store.watchEvents(store.listWatches()[0]!.id).find((x) => x.event.kind === 'went-dark');
          return Boolean(e && store.watchDeliveries(e.id).some((d) => d.error !== null));
        } finally {
          store.close();
        }
      });
      receiverDown = false;
      c.scene = 'new-tracker';
      await until('came-back', () => kinds().length >= 4, 120_000);
      await until('every event delivered', () => received.length >= 4, 120_000);

      expect(kinds()).toEqual(['final-moved', 'tracker-added', 'went-dark', 'came-back']);
      const stdoutLines = run.lines().map((e) => JSON.stringify(e));
      expect(readFileSync(events, 'utf8').trim().split('\n')).toEqual(stdoutLines);
      for (const r of received) {
        expect(r.signature).toBe(`sha256=${createHmac('sha256', SECRET).update(r.body).digest('hex')}`);
      }
      expect(received.map((r) => r.body).sort()).toEqual([...stdoutLines].sort());

      const show = await hoptrace(['watch', 'show', 'camp', '--json', '--db', db]);
      const shown = JSON.parse(show.stdout) as { events: { kind: string; deliveredAt: string | null }[] };
      expect(shown.events.map((e) => e.kind)).toEqual(kinds());
      expect(shown.events.every((e) => e.deliveredAt !== null)).toBe(true);
      run.child.kill('SIGTERM');
      await run.exited;

      // serve: the watch as a timeline of rounds with its events, each with a diff link.
      const serve = await startServe(['--db', db, '--port', '0']);
      try {
        const api = (await (await fetch(`${serve.url}api/watches/camp`)).json()) as { rounds: { id: string; events: { kind: string }[] }[] };
        expect(api.rounds.map((r) => r.id)).toEqual(rounds().map((r) => r.id));
        expect(api.rounds.flatMap((r) => r.events.map((x) => x.kind))).toEqual(kinds());
        const html = await (await fetch(`${serve.url}watches/camp`)).text();
        for (const k of kinds()) expect(html).toContain(`<b>${k}</b>`);
        expect(html.match(/href="\/diff\?a=v-[^"]+&amp;b=v-/g)?.length).toBeGreaterThanOrEqual(4);
        expect(html).not.toContain('href="http://lure.test');
      } finally {
        await serve.stop();
      }
    } finally {
      await new Promise<void>((r) => hook.close(() => r()));
    }
  });

  it('reports cloaking switched on across two personas, with the persona whose chain moved', async () => {
    const c = campaign(site);
    const add = await hoptrace(['watch', 'add', c.lure, '--name', 'camp', '--every', '1s', '--persona', 'desktop-ja', '--persona', 'mobile-ja', '--engine', 'http', ...LOOPBACK, '--db', db]);
    expect(add.code, add.stderr).toBe(0);
    const run = startRun();
    await until('a baseline and a same round', () => rounds().filter((r) => r.status === 'done').length >= 2);
    c.cloak = true;
    await until('cloaking-changed', () => run.lines().some((e) => e.kind === 'cloaking-changed'), 120_000);
    const done = rounds().filter((r) => r.status === 'done').length;
    await until('two more rounds', () => rounds().filter((r) => r.status === 'done').length >= done + 2, 120_000);
    run.child.kill('SIGTERM');
    await run.exited;
    const events = run.lines();
    expect(events.map((e) => e.kind).sort()).toEqual(['cloaking-changed', 'final-moved']);
    expect(events.find((e) => e.kind === 'cloaking-changed')!.evidence[0]).toMatchObject({ what: 'cloaked', before: false, after: true });
    const moved = events.find((e) => e.kind === 'final-moved')!;
    expect(moved.evidence.map((x) => x.persona)).toEqual(['mobile-ja']);
    expect(moved.round).toBe(events.find((e) => e.kind === 'cloaking-changed')!.round);
  });

  it('keeps the crawl options and recipients of the watched job; add/list/show/pause/resume/rm and their errors', async () => {
    const c = campaign(site);
    const crawl = await hoptrace(['crawl', c.lure, '--job', 'src', '--engine', 'http', ...LOOPBACK, '--recipient', 'hanako@example.jp', '--db', db]);
    expect(crawl.code, crawl.stderr).toBe(0);
    const add = await hoptrace(['watch', 'add', 'src', '--every', '6h', '--persona', 'mobile-ja', '--ignore-host', '*.cdn.test', '--json', '--db', db]);
    expect(add.code, add.stderr).toBe(0);
    const w = JSON.parse(add.stdout) as import('../../src/model.ts').Watch;
    expect(w.name).toBe('src');
    expect(w.spec.targets).toMatchObject([{ url: c.lure, recipients: ['hanako@example.jp'] }]);
    expect(w.spec.options).toMatchObject({ engine: 'http', personas: ['mobile-ja'], net: { mappedOnly: true, hostMap: [{ pattern: '*.test', ip: '127.0.0.1' }] } });
    expect(w.spec.options.overrides.map((o) => o.flag)).toEqual(['--persona']);
    expect(w.spec.ignoreHosts).toEqual(['*.cdn.test']);

    expect((await hoptrace(['watch', 'pause', 'src', '--db', db])).code).toBe(0);
    const listed = JSON.parse((await hoptrace(['watch', 'list', '--json', '--db', db])).stdout) as { name: string; status: string }[];
    expect(listed.map((x) => [x.name, x.status])).toEqual([['src', 'paused']]);
    expect((await hoptrace(['watch', 'resume', 'src', '--db', db])).code).toBe(0);
    expect((await hoptrace(['watch', 'show', 'src', '--db', db])).stdout).toMatch(/^src {2}active {2}every 21600s/);

    for (const [args, message] of [
      [['watch', 'add', 'src', '--every', '6h'], /a watch named "src" already exists/],
      [['watch', 'add', 'nope', '--every', '6h'], /"nope" is neither a job, a visit id nor an http\(s\) URL/],
      [['watch', 'add', c.lure, '--every', '90x'], /--every must be a duration/],
      [['watch', 'add', c.lure, '--every', '1m', '--cron', '* * * * *'], /give one of --every DURATION or --cron EXPR/],
      [['watch', 'show', 'nope'], /no watch "nope"/],
    ] as [string[], RegExp][]) {
      const r = await hoptrace([...args, '--db', db]);
      expect([r.code, r.stderr.trim().split('\n').length]).toEqual([2, 1]);
      expect(r.stderr).toMatch(message);
    }
    expect((await hoptrace(['watch', 'rm', 'src', '--db', db])).code).toBe(0);
    expect(JSON.parse((await hoptrace(['watch', 'list', '--json', '--db', db])).stdout)).toEqual([]);
    // The watched job is untouched.
    expect(JSON.parse((await hoptrace(['jobs', '--json', '--db', db])).stdout).map((j: { name: string }) => j.name)).toEqual(['src']);
  });

  it('after kill -9 mid-round, the restarted scheduler finishes that round once and runs the missed slots once', async () => {
    const c = campaign(site);
    const lure = c.lure;
    // The landing answers only when the test lets it: the first round hangs there.
    let release: () => void = () => {};
    const released = new Promise<void>((r) => (release = r));
    site.route('date-a.test', '/', async (_q, res) => {
      await released;
      sendHtml(res, '<html><head><title>Meet singles</title></head><body><h1>Meet singles</h1></body></html>');
    });
    const add = await hoptrace(['watch', 'add', lure, '--name', 'camp', '--every', '1s', '--engine', 'http', ...LOOPBACK, '--retries', '0', '--timeout', '120000', '--db', db]);
    expect(add.code, add.stderr).toBe(0);

    const first = startRun();
    await until('round 1 reaches the landing', () => site.hitsOn('date-a.test', '/').length === 1);
    first.child.kill('SIGKILL');
    await first.exited;
    expect(rounds().map((r) => [r.seq, r.status])).toEqual([[1, 'running']]);
    const staleDue = rounds()[0]!.dueAt;
    // The restart must come after slots were missed: the slot the dead scheduler set next, and the
    // one after it, pass with no scheduler running (how soon that is depends on when round 1 began).
    const nextDue = Date.parse(watchNextDue(db)!);
    await until('two slots pass with no scheduler', () => Date.now() > nextDue + 1_500);

    release();
    const restartAt = Date.now();
    const second = startRun();
    await until('three rounds done', () => rounds().filter((r) => r.status === 'done').length >= 3);
    second.child.kill('SIGTERM');
    await second.exited;

    const all = rounds();
    // No round lost, none twice: consecutive numbers, one job each, distinct due slots in order.
    expect(all.map((r) => r.seq)).toEqual(all.map((_, i) => i + 1));
    expect(new Set(all.map((r) => r.jobId)).size).toBe(all.length);
    const dues = all.map((r) => Date.parse(r.dueAt));
    expect(dues.every((d, i) => i === 0 || d > dues[i - 1]!)).toBe(true);
    expect(all[0]!.dueAt).toBe(staleDue);
    // The slots missed while no scheduler ran (or while round 1 hung) come to one round, not one per slot.
    expect(all.slice(1).filter((r) => Date.parse(r.dueAt) < restartAt)).toHaveLength(1);
    // The adopted round made its visit once more in its own job, not a second round: one visit per round.
    expect(visitsPerRound(db)).toEqual(all.map(() => 1));
    expect(second.lines()).toEqual([]);
  });

  it('reports nothing over 20 rounds of an unchanged site in Chromium beside two busy loops, even unconfirmed', async () => {
    const c = campaign(site);
    const lure = c.lure;
    site.page('date-a.test', '/', '<html><head><title>Meet singles</title></head><body><h1>Meet singles</h1><img src="' + site.url('cdn.test', '/p.gif') + '"><script>document.title += " tonight"</script></body></html>');
    site.route('cdn.test', '/p.gif', (_q, res) => void res.writeHead(200, { 'content-type': 'image/gif' }).end(Buffer.from('R0lGODlhAQABAAAAACw=', 'base64')));
    const add = await hoptrace(['watch', 'add', lure, '--name', 'quiet', '--every', '1s', '--confirm', '1', ...LOOPBACK, '--db', db]);
    expect(add.code, add.stderr).toBe(0);
    const hogs = startHogs(2, 600_000);
    try {
      const run = startRun();
      await until('20 rounds', () => rounds().filter((r) => r.status === 'done').length >= 20, 500_000);
      run.child.kill('SIGTERM');
      await run.exited;
      const done = rounds().filter((r) => r.status === 'done');
      expect(run.lines()).toEqual([]);
      // Every round was compared (none skipped as incomplete), and the landing's image was seen each time.
      expect(done.map((r) => r.verdict)).toEqual(['baseline', ...done.slice(1).map(() => 'same')]);
      expect(site.hitsOn('cdn.test', '/p.gif').length).toBeGreaterThanOrEqual(20);
    } finally {
      stopHogs(hogs);
    }
  }, 600_000);
});
