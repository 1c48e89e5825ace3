#!/usr/bin/env node
// Compiles src/ into dist/ (tsc -p tsconfig.build.json, which rewrites the `.ts` import
// specifiers to `.js`), copies the data files and the plain JavaScript modules (src/**/*.mjs, e.g.
// the PDF reader's worker, which starts without a TypeScript loader) beside the code, then writes
// the stamp that tells bin/hoptrace.js the build is complete. Run by `npm run build`, by `prepare` (npm ci, npm pack,
// npm install -g from a checkout) and by scripts/setup.mjs when sources are newer than dist/.
//
// Type errors do not stop the build (tsc still emits, as tsx would run the same code): checking
// types is `npm test`'s job (tsc --noEmit), and an install must not fail over one.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST_STAMP, ROOT } from '../bin/dist.js';

/** tsc's exit code when it reported errors but still wrote every output file. */
const EMITTED_WITH_ERRORS = 2;

export function build() {
  rmSync(DIST_STAMP, { force: true });
  const tsc = createRequire(join(ROOT, 'package.json')).resolve('typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0 && r.status !== EMITTED_WITH_ERRORS) throw new Error(`build: tsc failed (exit ${r.status ?? r.signal})`);
  if (r.status === EMITTED_WITH_ERRORS) console.error('build: type errors above (dist/ was written anyway; npm test checks types)');
  cpSync(join(ROOT, 'src', 'data'), join(ROOT, 'dist', 'data'), { recursive: true });
  for (const file of readdirSync(join(ROOT, 'src'), { recursive: true })) {
    if (String(file).endsWith('.mjs')) cpSync(join(ROOT, 'src', String(file)), join(ROOT, 'dist', String(file)));
  }
  writeFileSync(DIST_STAMP, `${new Date().toISOString()}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) build();
