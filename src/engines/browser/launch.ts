// Finding and starting Chromium for the sandbox, with every flag that keeps the browser itself
// quiet on the network and keeps the host safe from what pages ask it to do.
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { chromium, type Browser } from 'playwright';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * The browser to run: an explicit path, then HOPTRACE_CHROMIUM, then Playwright's own build when it
 * was downloaded, then the system's. Throws with the places tried when none exists.
 */
export function findChromium(explicitPath?: string): string {
  const tried: string[] = [];
  const candidates: (string | undefined)[] = [explicitPath, process.env.HOPTRACE_CHROMIUM];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright throws when it has no browser registry entry for this platform: nothing to try.
  }
  candidates.push(SYSTEM_CHROMIUM);
  for (const c of candidates) {
    if (!c) continue;
    if (existsSync(c)) return c;
    tried.push(c);
  }
  throw new Error(`no Chromium found (tried ${tried.join(', ')}); install one or set HOPTRACE_CHROMIUM`);
}

/**
 * The features Playwright itself disables (its launch arguments, playwright-core 1.65). Chromium
 * takes only the last --disable-features it is given, so ours must repeat them, or they would be
 * enabled again: among them HTTPS upgrades of http navigations, cross-origin redirects aborted under
 * Fetch interception, and the browser's own queries to search, time and hint services.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

export const QUIET_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-breakpad',
  '--metrics-recording-only',
  '--disable-quic',
  '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
  '--webrtc-ip-handling-policy=disable_non_proxied_udp',
  // Without it navigator.webdriver is true.
  '--disable-blink-features=AutomationControlled',
  // Site isolation starts a renderer process at every cross-site hop, and a lure chain is nothing
  // but cross-site hops (measured: 24 visits of a 4-hop chain, 37-42 s isolated, 25-27 s without).
  // Every visit runs in its own throwaway context that never holds a real user's data, so the
  // protection isolation buys (one site's renderer reading another's) has nothing to protect here.
  // It also keeps cross-site iframes in the page's process, where the page's CDP session sees them.
  // AutofillServerCommunication: a page with a form makes Chromium ask content-autofill.googleapis.com
  // about it (seen refused at the egress proxy in test/e2e/browser-guard.test.ts).
  // WebUIOmniboxPopup, WebUIOmniboxAimPopup: every new window (one per visit: Playwright opens each
  // context in a window of its own) starts a renderer of its own for the omnibox popup, which
  // headless never shows (measured: 24 visits at c=4, that renderer took more CPU than the page's).
  // Chromium honours only the last --disable-features: the list repeats Playwright's own.
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, 'IsolateOrigins', 'site-per-process', 'AutofillServerCommunication', 'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'].join(',')}`,
  '--disable-site-isolation-trials',
];

export interface LaunchedBrowser {
  browser: Browser;
  executablePath: string;
  /** Where Chromium writes downloads while they run: watched to cut them at the size cap. */
  downloadsDir: string;
  /** Things the job should know (e.g. running without the Chromium sandbox). */
  warnings: string[];
  /** The arguments Chromium passed to xdg-open / xdg-email since launch (should stay empty). */
  externalLaunches(): Promise<string[]>;
  close(): Promise<void>;
}

// Chromium hands external protocols (mailto:, tel:, ms-msdt:…) to xdg-open or, for mailto:,
// xdg-email, with no user gesture. These stubs come first on the browser's PATH: they log and fail.
const STUB_COMMANDS = ['xdg-open', 'xdg-email', 'gio', 'kde-open', 'gnome-open'];

async function writeStubs(dir: string, logFile: string): Promise<void> {
  const script = `#!/bin/sh\nprintf '%s\\n' "$*" >> '${logFile}'\nexit 1\n`;
  for (const name of STUB_COMMANDS) {
    const path = join(dir, name);
    await writeFile(path, script);
    await chmod(path, 0o755);
  }
}

export async function launchChromium(opts: { executablePath?: string } = {}): Promise<LaunchedBrowser> {
  const executablePath = findChromium(opts.executablePath);
  const warnings: string[] = [];
  const stubDir = await mkdtemp(join(tmpdir(), 'hoptrace-stubs-'));
  const logFile = join(stubDir, 'external-launches.log');
  await writeStubs(stubDir, logFile);
  // Chromium's sandbox cannot start as root; Playwright adds --no-sandbox when chromiumSandbox is off.
  const isRoot = process.getuid?.() === 0;
  if (isRoot) warnings.push('running as root: Chromium started with --no-sandbox');
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath,
      headless: true,
      chromiumSandbox: !isRoot,
      args: QUIET_FLAGS,
      downloadsPath: join(stubDir, 'downloads'),
      env: { ...process.env, PATH: `${stubDir}${delimiter}${process.env.PATH ?? ''}` },
    });
  } catch (err) {
    await rm(stubDir, { recursive: true, force: true });
    throw new Error(`cannot start Chromium at ${executablePath}: ${(err as Error).message.split('\n')[0]}`);
  }
  return {
    browser,
    executablePath,
    downloadsDir: join(stubDir, 'downloads'),
    warnings,
    externalLaunches: async () =>
      (await readFile(logFile, 'utf8').catch(() => ''))
        .split('\n')
        .filter((l) => l.length > 0),
    close: async () => {
      await browser.close().catch(() => undefined);
      await rm(stubDir, { recursive: true, force: true });
    },
  };
}
