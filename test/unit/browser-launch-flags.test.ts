import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/engines/browser/launch.ts';

// What Chromium is started with, seen by a stand-in executable that writes its arguments and fails.
describe('the flags Chromium is started with', () => {
  let dir: string;
  let args: string[];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hoptrace-flags-'));
    const exe = join(dir, 'chromium');
    await writeFile(exe, `#!/bin/sh\nfor a in "$@"; do printf '%s\\n' "$a"; done > '${join(dir, 'argv')}'\nexit 1\n`);
    await chmod(exe, 0o755);
    await expect(launchChromium({ executablePath: exe })).rejects.toThrow(/cannot start Chromium/);
    args = (await readFile(join(dir, 'argv'), 'utf8')).split('\n').filter(Boolean);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const features = (a: string) => a.slice('--disable-features='.length).split(',');

  // Chromium takes only the last --disable-features: it must still hold every feature Playwright disables.
  it('keeps every feature Playwright disables disabled', () => {
    const all = args.filter((a) => a.startsWith('--disable-features='));
    expect(all.length).toBeGreaterThan(1);
    const last = features(all.at(-1)!);
    for (const earlier of all.slice(0, -1)) for (const f of features(earlier)) expect(last).toContain(f);
  });

  it('disables site isolation and the omnibox popup no headless window shows', () => {
    const last = features(args.filter((a) => a.startsWith('--disable-features=')).at(-1)!);
    expect(last).toEqual(expect.arrayContaining(['IsolateOrigins', 'site-per-process', 'AutofillServerCommunication', 'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup']));
  });
});
