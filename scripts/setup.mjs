#!/usr/bin/env node
// Installs what `npm test`, `npm run demo` and `npm run bench` need on a fresh machine:
// the npm dependencies (when node_modules is missing or older than the lockfile), the compiled
// JavaScript the bin runs (when src/ is newer than dist/), a Chromium, and Debian's redis-server
// for the distributed crawl (tests, `demo:distributed` and the bench start their own on loopback,
// so the system service the package brings is stopped and disabled), and Debian's dovecot-imapd
// for `hoptrace ingest`'s tests and bench (they start their own with a throwaway configuration on
// loopback; its system service is stopped and disabled the same way).
// Chromium: HOPTRACE_CHROMIUM, then Debian's /usr/bin/chromium; when neither exists and we are
// root on Debian, `apt-get install -y chromium` (and a Japanese font for screenshots); otherwise a
// clear message and exit 1.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distIsFresh } from '../bin/dist.js';
import { build } from './build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' });

const lock = join(root, 'package-lock.json');
const marker = join(root, 'node_modules', '.package-lock.json');
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs) {
  console.error('setup: installing npm dependencies (npm ci)');
  run('npm ci --no-audit --no-fund');
}
// npm ci builds dist/ through `prepare`; a checkout edited since needs it again.
if (!distIsFresh()) {
  console.error('setup: compiling src/ into dist/');
  build();
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const canApt = isRoot && existsSync('/usr/bin/apt-get');
const candidates = [process.env.HOPTRACE_CHROMIUM, '/usr/bin/chromium'].filter(Boolean);
const needChromium = !candidates.some((p) => existsSync(p));
// Screenshots of Japanese lure pages need a Japanese font, or every character is a blank box.
const needFont = canApt && !existsSync('/usr/share/fonts/opentype/ipafont-gothic');
const needRedis = !['/usr/bin/redis-server', '/usr/local/bin/redis-server'].some((p) => existsSync(p));
const needDovecot = !existsSync('/usr/sbin/dovecot');
if (canApt && (needChromium || needFont || needRedis || needDovecot)) {
  const pkgs = [needChromium && 'chromium', needFont && 'fonts-ipafont-gothic', needRedis && 'redis-server', needDovecot && 'dovecot-imapd']
    .filter(Boolean)
    .join(' ');
  console.error(`setup: installing Debian packages: ${pkgs}`);
  run(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkgs}`);
  if (needRedis) {
    try {
      execSync('(systemctl disable --now redis-server || invoke-rc.d redis-server stop) >/dev/null 2>&1', { stdio: 'ignore' });
    } catch {
      // No init system (a container): the package could not start the service in the first place.
    }
  }
  if (needDovecot) {
    try {
      execSync('(systemctl disable --now dovecot || invoke-rc.d dovecot stop) >/dev/null 2>&1', { stdio: 'ignore' });
    } catch {
      // As for redis-server: no init system, no service running.
    }
  }
}
if (needDovecot && !canApt) {
  console.error('setup: no dovecot found; the `ingest` tests and bench need it (as root: apt-get install -y dovecot-imapd)');
}
if (needRedis && !canApt) {
  console.error('setup: no redis-server found; the distributed crawl tests and demo need it (as root: apt-get install -y redis-server)');
}
if (needChromium && !canApt) {
  console.error(
    'setup: no Chromium found. Install Debian\'s package as root (apt-get install -y chromium) ' +
      'or point HOPTRACE_CHROMIUM at a Chromium/Chrome binary.',
  );
  process.exit(1);
}
