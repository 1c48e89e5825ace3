// Whether the compiled JavaScript in dist/ can run: it was built completely (the stamp is written
// last) and no file under src/ changed since. An installed package has no src/, only dist/.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST_MAIN = join(ROOT, 'dist', 'cli', 'main.js');
export const DIST_STAMP = join(ROOT, 'dist', '.built');

/** The newest modification time of any file under dir (0 when it does not exist). */
function newestUnder(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}

export function distIsFresh() {
  if (!existsSync(DIST_STAMP) || !existsSync(DIST_MAIN)) return false;
  return newestUnder(join(ROOT, 'src')) <= statSync(DIST_STAMP).mtimeMs;
}
