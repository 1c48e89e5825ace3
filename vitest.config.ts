import { defineConfig } from 'vitest/config';

// Two cores: two test files at a time.
// Unit tests share their workers' module graph (isolate: false): they are pure functions and
// in-memory or temp-file stores, and re-importing the graph for each file cost most of their run.
// End-to-end and hostile tests keep a fresh process per file: they start servers, Chromium and
// the real CLI, and patch globals. They wait on events, not on delays, so a loaded machine only
// stretches them: one queue test starts seven processes one after another, 9 s alone and 56 s
// beside under-load.test.ts and two CPU hogs. Their timeout is a hang guard, not a deadline.
export default defineConfig({
  test: {
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], pool: 'threads', isolate: false } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts', 'test/hostile/**/*.test.ts'],
          pool: 'forks',
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
