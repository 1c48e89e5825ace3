import { DEFAULT_JOB_OPTIONS } from '../../src/records/job-options.ts';
import { describe, expect, it } from 'vitest';
import { diffJobs, diffVisits } from '../../src/diff/diff.ts';
import type { Hop, Message, Token, Visit } from '../../src/model.ts';
import { formatDiff, formatJob, formatJobDiff, formatJobTable, formatMessage, formatTokens, formatVisit } from '../../src/cli/views/trace.ts';
import { defang, stripControls } from '../../src/report/safe-text.ts';

const ESC = '\u001b';
const hostileUrl = `http://evil.test/${ESC}]0;pwned${ESC}\\${ESC}[2J?x=\u202egnp.exe`;

function hop(seq: number, url: string, extra: Partial<Hop> = {}): Hop {
  return {
    seq, branch: 0, url, method: 'GET', status: 302, cause: seq ? 'http' : 'initial', serverIp: '127.0.0.1',
    contentType: null, bodySha256: null, blocked: null, startedAt: '2025-01-01T00:00:00.000Z', durationMs: 12,
    setCookies: [], ...extra,
  };
}

const visit: Visit = {
  id: 'v1', jobId: 'j1', linkId: 'l1', url: 'http://lure.test/a', persona: 'desktop-ja', engine: 'browser',
  replayOf: null, decoy: false, startedAt: '2025-01-01T00:00:00.000Z', finishedAt: '2025-01-01T00:00:02.500Z',
  outcome: 'ok', error: null,
  hops: [
    hop(0, 'http://lure.test/a'),
    hop(1, hostileUrl, { status: 200, cause: 'meta-refresh' }),
    hop(2, 'http://10.0.0.1/admin', { status: null, blocked: 'private address', cause: 'script' }),
    hop(3, 'http://pop.ads.test/win', { branch: 1, status: 200, cause: 'popup' }),
  ],
  final: { url: hostileUrl, status: 200, title: `${ESC}[31mRED`, category: 'fake-scan',
    evidence: [{ rule: 'scan-words', detail: 'ウイルス' }], textExcerpt: '', screenshot: null },
  downloads: [{ url: 'http://dl.test/x', filename: 'scan.exe', mime: 'application/x-msdownload', size: 3, sha256: 'ab'.repeat(32) }],
};

const tokens: Token[] = [{ jobId: 'j1', linkId: 'l1', url: '', component: 'path[1]', value: 'YWxp', kind: 'per-recipient',
  format: 'base64url', recipient: 'a@x.jp', derivation: 'base64url(email)', seenOnHosts: ['trk.test'] }];

describe('formatVisit', () => {
  it('draws the branches as trees with seq, status, cause, host/path, timing, ip and blocked reason', () => {
    const text = formatVisit(visit, tokens, { color: false });
    const lines = text.split('\n');
    expect(lines).toContain('branch 0 (main)');
    expect(lines).toContain('├─  0  302  initial         lure.test/a  12 ms  127.0.0.1');
    expect(lines).toContain('└─  2  BLK  script          10.0.0.1/admin  12 ms  127.0.0.1');
    expect(lines).toContain('    blocked: private address');
    expect(lines).toContain('branch 1 (popup)');
    expect(text).toContain('final fake-scan  200');
    expect(text).toContain('evidence: scan-words: ウイルス');
    expect(text).toContain(`scan.exe  application/x-msdownload  3 B  sha256 ${'ab'.repeat(32)}`);
    expect(text).toContain('path[1]  per-recipient  base64url(email)  YWxp → seen on trk.test');
    expect(text).toContain('(2.5 s)');
  });

  it('never lets an attacker string reach the terminal with control characters', () => {
    for (const color of [false, true]) {
      const text = formatVisit(visit, tokens, { color });
      const withoutOurColours = text.replace(/\u001b\[\d+m/g, '');
      expect(withoutOurColours).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
      expect(text).toContain('\\x1b]0;pwned');
      expect(text).toContain('\\u202e');
    }
  });

  it('colours only when asked', () => {
    expect(formatVisit(visit, tokens, { color: false })).not.toContain(ESC);
    expect(formatVisit(visit, tokens, { color: true })).toContain(`${ESC}[35mfake-scan${ESC}[0m`);
  });
});

describe('formatDiff', () => {
  it('marks each hop op and the divergence', () => {
    const other = { ...visit, id: 'v2', hops: visit.hops.map((h) => (h.seq === 1 ? { ...h, url: 'http://other.test/x' } : h)) };
    const text = formatDiff(diffVisits(visit, other), { color: false });
    const lines = text.split('\n');
    expect(lines[0]).toBe('diff v1 → v2: diverges at hop 1');
    expect(lines[1]).toBe('=   0   0  b0  http://lure.test/a');
    expect(lines[2]).toMatch(/^~ {3}1 {3}1 {2}b0 {2}http:\/\/evil\.test\/\\x1b.* → http:\/\/other\.test\/x {2}\[host, path, query\]$/);
    expect(lines.at(-1)).toBe('final: fake-scan → fake-scan');
    expect(formatDiff(diffVisits(visit, visit), { color: false }).split('\n')[0]).toBe('diff v1 → v1: same');
  });
});

describe('formatJobDiff and formatTokens', () => {
  it('summarise a job diff and list tokens per-recipient first', () => {
    const other = { ...visit, id: 'v2', hops: visit.hops.map((h) => (h.seq === 1 ? { ...h, url: 'http://other.test/x' } : h)) };
    const lonely = { ...visit, id: 'v3', persona: 'mobile-ja' };
    const lines = formatJobDiff(diffJobs([visit, lonely], [other]), { color: false }).split('\n');
    expect(lines[0]).toBe('same 0  changed 1  inconclusive 0  only in A 1  only in B 0');
    expect(lines[1]).toBe('~ desktop-ja  v1 → v2  diverges at hop 1  fake-scan → fake-scan  http://lure.test/a');
    expect(lines[2]).toBe('- mobile-ja  v3  http://lure.test/a');
    const campaign = { ...tokens[0], kind: 'campaign' as const, component: 'query:c', value: 'spring', derivation: null, recipient: null, seenOnHosts: [] };
    const rows = formatTokens([campaign, ...tokens]).split('\n');
    expect(rows[0]).toMatch(/^LINK\s+COMPONENT\s+KIND\s+FORMAT\s+DERIVATION\s+RECIPIENT\s+VALUE\s+SEEN ON$/);
    expect(rows[1].split(/\s+/)).toEqual(['l1', 'path[1]', 'per-recipient', 'base64url', 'base64url(email)', 'a@x.jp', 'YWxp', 'trk.test']);
    expect(rows[2].split(/\s+/)).toEqual(['l1', 'query:c', 'campaign', 'base64url', '-', '-', 'spring', '-']);
  });
});

describe('formatJob, formatJobTable, formatMessage', () => {
  it('summarise a job, list jobs and show a message', () => {
    const message: Message = {
      id: 'm1', jobId: 'j1', source: 'a.eml', messageId: null, subject: `Alert${ESC}[2J`, date: null,
      from: { address: 'x@sec.test', name: 'Norton' }, recipients: ['a@x.jp'],
      sender: { findings: [{ kind: 'display-name-brand', detail: 'Norton from sec.test', brand: 'Norton' }] },
      links: [{ id: 'l1', messageId: 'm1', url: 'http://lure.test/a', wrappedUrl: null, text: null, kind: 'anchor', visited: true, refused: null }],
      errors: [],
    };
    const job = { id: 'j1', name: 'demo', createdAt: '2025-01-01T00:00:00.000Z', status: 'done' as const, options: DEFAULT_JOB_OPTIONS };
    const summary = formatJob({ jobs: [job], messages: [message], visits: [visit], tokens }, [
      { jobId: 'j1', linkId: 'l1', url: 'http://lure.test/a', divergesAt: 1, personas: [
        { persona: 'desktop-ja', visitId: 'v1', finalUrl: 'http://a.test/', category: 'benign' },
        { persona: 'mobile-ja', visitId: 'v2', finalUrl: 'http://b.test/', category: 'credential-phishing' }] },
    ], { color: false });
    expect(summary).toContain('messages 1  links 1  visits 1  tokens 1 (1 per-recipient)  cloaked 1');
    expect(summary).toContain('categories: fake-scan 1');
    expect(summary).toContain('cloaked: http://lure.test/a  diverges at hop 1');
    expect(summary).toContain('  mobile-ja → credential-phishing  http://b.test/');
    const jobTable = formatJobTable([{ ...job, messages: 3, visits: 6 }]).split('\n');
    expect(jobTable[0]).toMatch(/^ID\s+NAME\s+STATUS\s+CREATED\s+MESSAGES\s+LINKS\s+VISITS\s+CLOAKED$/);
    expect(jobTable[1].split(/\s+/)).toEqual(['j1', 'demo', 'done', '2025-01-01T00:00:00.000Z', '3', '-', '6', '-']);
    const shown = formatMessage(message);
    expect(shown.split('\n')[0]).toBe('Alert\\x1b[2J');
    expect(shown).toContain('sender: display-name-brand: Norton from sec.test (Norton)');
    expect(shown).toMatch(/l1\s+anchor\s+visited\s+http:\/\/lure\.test\/a/);
  });
});

describe('safe text', () => {
  it.each([
    ['http://evil.example.com/a.b?c.d', 'hxxp://evil[.]example[.]com/a.b?c.d'],
    ['HTTPS://x.test:8080/', 'hxxps://x[.]test:8080/'],
    ['javascript:alert(1)', 'javascript[:]alert(1)'],
  ])('defangs %s', (url, expected) => {
    expect(defang(url)).toBe(expected);
  });
  it('shows controls as escapes, keeping newlines only when multiline', () => {
    expect(stripControls('a\nb\u0007\u202e')).toBe('a\\x0ab\\x07\\u202e');
    expect(stripControls('a\nb', true)).toBe('a\nb');
  });
});
