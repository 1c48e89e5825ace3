#!/usr/bin/env -S MALLOC_MMAP_THRESHOLD_=131072 node --max-semi-space-size=4
// How Node starts matters for memory (README, Performance): glibc raises its mmap threshold after
// every large free, so Buffers (mail bodies, attachments, PDF pages) end up in its heap, which does
// not shrink; pinning the threshold hands them back at once (-45 MB on `extract` of 8,000 mails,
// and faster). A 4 MB young generation is collected more often, freeing dead Buffers sooner, at no
// measurable cost in CPU (-30 MB). Run as `node bin/hoptrace.js` it works the same, with more memory.
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
