#!/usr/bin/env node
// Runs the compiled JavaScript in dist/ when it is built and no source is newer: no compiler at
// startup, so `hoptrace --version` costs about what Node itself does. Otherwise (a checkout
// before `npm run build`, or sources edited since) the TypeScript sources run through tsx.
import { distIsFresh, DIST_MAIN } from './dist.js';

if (distIsFresh()) {
  await import(DIST_MAIN);
} else {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    process.stderr.write('hoptrace: dist/ is missing or older than src/ and tsx is not installed: run `npm run build`\n');
    process.exit(1);
  }
  register();
  await import('../src/cli/main.ts');
}
