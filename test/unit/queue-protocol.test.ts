// The queue's pure parts: --queue URLs, the capture encoding and its cap, the worker's policy ceiling.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { VisitCapture } from '../../src/model.ts';
import { parseQueueUrl } from '../../src/net/queue-connection.ts';
import type { NetPolicy } from '../../src/net/policy.ts';
import { CaptureTooLarge, decodeCapture, encodeCapture } from '../../src/queue/codec.ts';
import { taskLimits, taskPolicy } from '../../src/queue/policy.ts';
import { emptyCapture } from '../../src/records/visit-record.ts';

describe('--queue URLs', () => {
  it('reads password, port, db and TLS, and masks the password for logs', () => {
    const a = parseQueueUrl('redis://:s%40cret@127.0.0.1:6390/3');
    expect(a).toMatchObject({ host: '127.0.0.1', port: 6390, db: 3, password: 's@cret', tls: false });
    expect(a.display).toBe('redis://:***@127.0.0.1:6390/3');
    expect(parseQueueUrl('rediss://user:pw@[::1]')).toMatchObject({ host: '::1', port: 6379, db: 0, username: 'user', tls: true });
  });
  it('refuses other schemes and a database that is not a number', () => {
    expect(() => parseQueueUrl('http://127.0.0.1:6379')).toThrow(/redis:\/\/ or rediss:\/\//);
    expect(() => parseQueueUrl('redis://127.0.0.1/abc')).toThrow(/must be a number/);
    expect(() => parseQueueUrl('127.0.0.1:6379')).toThrow(/redis/);
  });
});

function captureWith(blobBytes: number[]): VisitCapture {
  const c = emptyCapture('ok', '');
  c.error = null;
  c.hops = [{ seq: 0, branch: 0, url: 'http://a.test/', method: 'GET', status: 200, cause: 'initial', serverIp: '127.0.0.1', contentType: 'text/html', bodySha256: 'x', blocked: null, startedAt: c.startedAt, durationMs: 3, setCookies: [] }];
  c.blobs = blobBytes.map((n, i) => ({ sha256: `h${i}`, mime: i ? 'image/png' : 'text/html', data: i ? randomBytes(n) : Buffer.from('<p>おはよう</p>'.repeat(n / 20)) }));
  return c;
}

describe('capture encoding', () => {
  it('round-trips records and blob bytes exactly, compressing the HTML', () => {
    const c = captureWith([200_000, 5000, 0]);
    const { data, rawBytes } = encodeCapture(c, 1 << 20);
    expect(rawBytes).toBeGreaterThan(190_000);
    expect(data.length).toBeLessThan(rawBytes / 2);
    const back = decodeCapture(data, 1 << 20);
    expect(back.hops).toEqual(c.hops);
    expect(back.blobs.map((b) => [b.sha256, b.mime])).toEqual(c.blobs.map((b) => [b.sha256, b.mime]));
    back.blobs.forEach((b, i) => expect(b.data.equals(c.blobs[i]!.data)).toBe(true));
  });
  it('refuses to encode a capture over the cap, and to inflate one past it', () => {
    const c = captureWith([100, 300_000]);
    expect(() => encodeCapture(c, 200_000)).toThrow(CaptureTooLarge);
    expect(() => encodeCapture(c, 200_000)).toThrow(/over the 0\.2 MB cap per capture/);
    const { data } = encodeCapture(c, 1 << 20);
    expect(() => decodeCapture(data, 200_000)).toThrow(CaptureTooLarge);
    expect(() => decodeCapture(data.subarray(0, 100), 1 << 20)).toThrow(/cannot be decoded/);
  });
});

describe("the worker's policy is the ceiling", () => {
  const worker: NetPolicy = { hostMap: [{ pattern: '*.test', ip: '127.0.0.1' }], mappedOnly: false, allowPrivate: false, proxy: null };
  it('lets a job narrow: mapped-only applies, the host map stays the worker\'s', () => {
    const r = taskPolicy(worker, { hostMap: [{ pattern: '*.TEST', ip: '127.0.0.1' }], mappedOnly: true, allowPrivate: false, proxy: null });
    expect(r).toEqual({ net: { ...worker, mappedOnly: true, resolver: undefined } });
    expect(taskPolicy({ ...worker, allowPrivate: true }, { hostMap: [], mappedOnly: false, allowPrivate: false, proxy: null })).toMatchObject({ net: { allowPrivate: false } });
  });
  it('refuses, with the reason, a job that would widen it', () => {
    const base = { hostMap: [], mappedOnly: false, allowPrivate: false, proxy: null };
    expect(taskPolicy(worker, { ...base, hostMap: [{ pattern: '*.test', ip: '10.0.0.1' }] })).toEqual({ refused: expect.stringMatching(/\*\.test=10\.0\.0\.1 is not in this worker's --host-map/) });
    expect(taskPolicy(worker, { ...base, allowPrivate: true })).toEqual({ refused: expect.stringMatching(/--allow-private/) });
    expect(taskPolicy(worker, { ...base, proxy: 'http://user:pw@127.0.0.1:3128' })).toEqual({ refused: expect.not.stringMatching(/pw/) });
  });
});

describe("the worker's --timeout and --body-limit are the ceiling", () => {
  const worker = { timeoutMs: 30_000, bodyLimit: 5 << 20 };
  it('lets a job ask for less, unchanged and without a warning', () => {
    expect(taskLimits(worker, { timeoutMs: 10_000, bodyLimit: 1024 })).toEqual({ timeoutMs: 10_000, bodyLimit: 1024, warnings: [] });
    expect(taskLimits(worker, worker)).toEqual({ ...worker, warnings: [] });
  });
  it("clamps a job that asks for more to the worker's values and says which and from what", () => {
    const r = taskLimits(worker, { timeoutMs: 600_000, bodyLimit: 1 << 30 });
    expect(r).toMatchObject({ timeoutMs: 30_000, bodyLimit: 5 << 20 });
    expect(r.warnings).toEqual([
      expect.stringMatching(/^the job's --timeout 600000 ms exceeds this worker's --timeout 30000 ms/),
      expect.stringMatching(/^the job's --body-limit 1073741824 bytes exceeds this worker's --body-limit 5242880 bytes/),
    ]);
    expect(taskLimits(worker, { timeoutMs: 10_000, bodyLimit: 1 << 30 }).warnings).toHaveLength(1);
  });
  it('treats a value that is no positive number as asking for the most', () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(taskLimits(worker, { timeoutMs: bad, bodyLimit: bad })).toMatchObject({ timeoutMs: 30_000, bodyLimit: 5 << 20 });
    }
  });
});
