// `hoptrace serve` in the project's own Chromium, as an analyst uses it, on a database made by real
// crawls of the fixture campaign (browser engine with screenshots, and HTTP engine), plus a page
// whose title is hostile. Every request the pages make must stay on the server's origin.
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUIET_FLAGS } from '../../src/engines/browser/launch.ts';
import type { CloakFinding, Visit } from '../../src/model.ts';
import { hoptrace } from '../fixtures/cli.ts';
import { crawlCampaign, HOSTILE_TITLE, REGISTRANT, startServe, type CrawledDb, type ServeProcess } from './serve-support.ts';

/** expect.poll gives up after 1 s by default; a loaded machine can take longer to decode an image. */
const POLL = { timeout: 30_000 };

const SHOTS = '/tmp/serve-shots';
let crawled: CrawledDb;
let serve: ServeProcess;
let origin: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const dialogs: string[] = [];

const hostOf = (url: string): string => new URL(url).hostname;
const jobId = (name: string): string => crawled.trace.jobs.find((j) => j.name === name)!.id;
const visitsOf = (name: string): Visit[] => crawled.trace.visits.filter((v) => v.jobId === jobId(name));
const rowIds = (): Promise<string[]> => page.locator('tr.visit-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-visit')!));
const shot = (name: string): Promise<Buffer> => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  crawled = await crawlCampaign(['browser', 'http'], (c) => {
    c.server.page('evil.test', '/', `<!doctype html><title>${HOSTILE_TITLE}</title><p>nothing to see</p>`);
    return [c.server.url('evil.test', '/')];
  });
  serve = await startServe(['--db', crawled.db, '--port', '0']);
  origin = serve.url.replace(/\/$/, '');
  browser = await chromium.launch({ executablePath: process.env.HOPTRACE_CHROMIUM ?? '/usr/bin/chromium', args: QUIET_FLAGS });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.on('request', (r) => requests.push(r.url()));
  // Recorded above, then refused: a failing test must not leak either.
  await context.route((url) => url.origin !== origin, (route) => route.abort());
  page = await context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await serve?.stop();
});

describe('hoptrace serve in Chromium', () => {
  it('lists the jobs, opens one, and filters its visits by persona', async () => {
    await page.goto(`${origin}/`);
    expect(await page.locator('table.jobs tbody tr').count()).toBe(2);
    await shot('jobs');
    await page.getByRole('link', { name: 'browser', exact: true }).click();
    await page.waitForURL(`${origin}/jobs/${jobId('browser')}`);
    expect((await rowIds()).sort()).toEqual(visitsOf('browser').map((v) => v.id).sort());
    expect(await page.locator('[data-count="visits"]').innerText()).toBe(String(visitsOf('browser').length));
    await shot('job');
    await page.locator('select[name=persona]').selectOption('mobile-ja');
    await page.getByRole('button', { name: 'filter' }).click();
    await page.waitForURL(/persona=mobile-ja/);
    expect((await rowIds()).sort()).toEqual(visitsOf('browser').filter((v) => v.persona === 'mobile-ja').map((v) => v.id).sort());
  });

  it('opens a visit: the chain with its causes, and the final page screenshot served as a PNG', async () => {
    const visit = visitsOf('browser').find((v) => v.final?.category === 'dating' && v.final.screenshot)!;
    expect(visit).toBeDefined();
    await page.goto(`${origin}/jobs/${jobId('browser')}`);
    const png = page.waitForResponse((r) => r.url().includes('/shots/'));
    await page.locator(`tr[data-visit="${visit.id}"] a`).first().click();
    await page.waitForURL(`${origin}/visits/${visit.id}`);
    const response = await png;
    expect(response.headers()['content-type']).toBe('image/png');
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    // The category, with the classification's confidence beside it.
    expect(await page.locator('.visit-head .badge').innerText()).toMatch(/^dating [01]\.\d\d$/);
    expect(await page.locator('.visit-chain .hop').count()).toBe(visit.hops.length);
    const causes = await page.locator('.visit-chain .arrow span').allInnerTexts();
    expect(causes.map((c) => c.split(' · ').at(-1))).toEqual(visit.hops.map((h) => h.cause));
    const img = page.locator('.visit-final img.shot');
    await expect.poll(() => img.evaluate((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth), POLL).toBeGreaterThan(0);
    expect(await img.getAttribute('src')).toBe(`/shots/${visit.final!.screenshot}.png`);
    expect(await page.locator('table.hosts').innerText()).toContain('track[.]adnet-jp[.]test');
    // Defanged everywhere, evidence text included: no URL on the page could be opened by a slip.
    expect(await page.locator('.evidence').innerText()).toContain('hxxp://scan[.]virus-check-jp[.]test');
    expect(await page.locator('main').innerText()).not.toMatch(/https?:\/\//i);
    await shot('visit');
  });

  it('searches a tracker host across jobs and lands on exactly the visits that passed it', async () => {
    const tracker = 'track.adnet-jp.test';
    const passed = crawled.trace.visits.filter((v) => v.hops.some((h) => hostOf(h.url) === tracker));
    expect(new Set(passed.map((v) => v.jobId)).size).toBe(2);
    await page.goto(`${origin}/`);
    await page.locator('form.search input[name=q]').fill(tracker);
    await page.locator('form.search input[name=q]').press('Enter');
    await page.waitForURL(/\/search\?q=/);
    expect((await rowIds()).sort()).toEqual(passed.map((v) => v.id).sort());
    await shot('search');
    await page.locator('tr.visit-row a').first().click();
    await page.waitForURL(/\/visits\//);
    expect(passed.map((v) => v.id)).toContain(page.url().split('/visits/')[1]);
    expect(await page.locator('table.hosts').innerText()).toContain('track[.]adnet-jp[.]test');
  });

  it('finds the visits behind a registrant phone, typed the way a person writes it', async () => {
    await page.goto(`${origin}/search?q=${encodeURIComponent(REGISTRANT.phoneAsTyped)}`);
    const registered = crawled.trace.visits.filter((v) => v.hops.some((h) => /(^|\.)(adnet-jp|virus-check-jp)\.test$/.test(hostOf(h.url))));
    expect((await rowIds()).sort()).toEqual(registered.map((v) => v.id).sort());
    expect(await page.locator('main').innerText()).toContain('registrant phone');
  });

  it('compares two visits from the "compare with…" link and shows the hop where they part', async () => {
    const cloak = crawled.trace.visits.filter((v) => v.jobId === jobId('browser') && v.url.includes('secure.amaz0n-account.test'));
    const desktop = cloak.find((v) => v.persona === 'desktop-ja')!;
    const mobile = cloak.find((v) => v.persona === 'mobile-ja' && v.linkId === desktop.linkId)!;
    await page.goto(`${origin}/visits/${desktop.id}`);
    await page.getByRole('link', { name: 'compare with…' }).click();
    await page.waitForURL(/\/diff\?a=/);
    await page.locator(`tr[data-visit="${mobile.id}"]`).getByRole('link', { name: 'compare' }).click();
    await page.waitForURL(new RegExp(`/diff\\?a=${desktop.id}&b=${mobile.id}$`));
    expect(await page.locator('[data-diverges]').innerText()).toBe('1');
    const parting = page.locator('table.diff tr.diverges');
    expect(await parting.count()).toBe(1);
    const cells = await parting.locator('td').allInnerTexts();
    expect(cells[0]).toBe('changed');
    expect(cells[2]).toContain('www[.]example-news[.]test');
    expect(cells[4]).toContain('signin[.]amaz0n-account[.]test');
    expect(cells[5]).toContain('host');
    expect(await page.locator('.two .chain').count()).toBe(2);
    await shot('diff');
  });

  it('shows a hostile page title as text and runs nothing', async () => {
    const evil = visitsOf('browser').find((v) => v.url.includes('evil.test'))!;
    expect(evil.final!.title).toBe(HOSTILE_TITLE);
    for (const path of [`/visits/${evil.id}`, `/jobs/${jobId('browser')}`, '/search?q=evil.test', `/diff?a=${evil.id}`]) {
      await page.goto(`${origin}${path}`);
      await page.waitForLoadState('load');
      expect(await page.locator('script, iframe, object, embed, [onerror], [onload]').count()).toBe(0);
      const images = await page.locator('img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).src));
      expect(images.every((src) => src.startsWith(`${origin}/shots/`))).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('main').innerText()).not.toMatch(/https?:\/\//i);
    }
    await page.goto(`${origin}/visits/${evil.id}`);
    expect(await page.locator('.visit-final .title').innerText()).toBe(HOSTILE_TITLE);
    await page.goto(`${origin}/search?q=evil.test`);
    expect(await page.locator('td.landing .t').first().innerText()).toBe(HOSTILE_TITLE);
    expect(dialogs).toEqual([]);
  });

  it('shows a campaign over time across jobs, with where the chain changed', async () => {
    const clicks = crawled.trace.visits.filter((v) => v.url.includes('click.trendmicr0-support.test'));
    const first = clicks.find((v) => v.jobId === jobId('browser'))!;
    await page.goto(`${origin}/visits/${first.id}`);
    await page.getByRole('link', { name: 'campaign over time' }).click();
    await page.waitForURL(/\/campaign\?visit=/);
    expect((await rowIds()).sort()).toEqual(clicks.map((v) => v.id).sort());
    // A chain is its main chain's hosts and the landing category; a change is a persona's visit
    // whose chain differs from that persona's previous complete visit.
    const chainOf = (v: Visit): string => `${v.hops.filter((h) => h.branch === 0).map((h) => hostOf(h.url)).join(' ')} ${v.final?.category}`;
    const complete = clicks.filter((v) => !v.incomplete).sort((a, b) => a.startedAt.localeCompare(b.startedAt));
    const expectedChanges = complete.filter((v, i) => {
      const before = complete.slice(0, i).filter((p) => p.persona === v.persona).at(-1);
      return before !== undefined && chainOf(before) !== chainOf(v);
    });
    const chains = await page.locator('h2:has-text("Chains seen") + table tbody tr').allInnerTexts();
    expect(chains).toHaveLength(new Set(complete.map(chainOf)).size);
    // The browser followed the fake scan's script to the dating site; the HTTP engine stopped at the scan.
    expect(chains.some((c) => c.includes('www[.]deai-love-match[.]test') && c.includes('dating'))).toBe(true);
    expect(chains.some((c) => !c.includes('deai-love-match') && c.includes('fake-scan'))).toBe(true);
    const changes = page.locator('tr.visit-row', { hasText: 'changed at hop' });
    expect((await changes.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-visit')))).sort()).toEqual(expectedChanges.map((v) => v.id).sort());
    expect(await changes.first().getByRole('link', { name: 'diff with previous' }).count()).toBe(1);
    await shot('campaign');
  });

  it('shows the job\'s tokens, cloaked links and the registrant pivot', async () => {
    const job = jobId('browser');
    await page.goto(`${origin}/jobs/${job}/tokens`);
    const perRecipient = crawled.trace.tokens.filter((t) => t.jobId === job && t.kind === 'per-recipient');
    expect(await page.locator('table.grid tbody tr', { hasText: 'per-recipient' }).count()).toBe(perRecipient.length);
    await shot('tokens');
    const shown = JSON.parse((await hoptrace(['show', 'browser', '--db', crawled.db, '--json'])).stdout) as { cloaking: CloakFinding[] };
    expect(shown.cloaking.length).toBeGreaterThanOrEqual(3);
    await page.goto(`${origin}/jobs/${job}/cloaking`);
    const rows = await page.locator('main table.grid tbody tr').allInnerTexts();
    expect(rows).toHaveLength(shown.cloaking.length);
    expect(rows.filter((r) => r.includes('secure[.]amaz0n-account[.]test'))).toHaveLength(3);
    await shot('cloaking');
    await page.goto(`${origin}/jobs/${job}/pivots`);
    const pivots = await page.locator('main').innerText();
    expect(pivots).toContain('adnet-jp[.]test');
    expect(pivots).toContain('virus-check-jp[.]test');
    expect(pivots).toContain(REGISTRANT.email);
    await shot('pivots');
  });

  it('never made a request beyond the server it was looking at', () => {
    expect(requests.length).toBeGreaterThan(20);
    expect(requests.filter((u) => !u.startsWith(`${origin}/`))).toEqual([]);
  });
});
