// The engine a job runs on, chosen by `--engine`. Loaded on demand: Playwright alone costs about
// a second of CPU to import, which commands that never start a browser should not pay.
import type { VisitEngine } from '../engines/engine.ts';
import type { Engine } from '../model.ts';

export async function openEngine(engine: Engine, opts: { browserPath?: string } = {}): Promise<VisitEngine> {
  if (engine === 'http') return (await import('../engines/http/engine.ts')).createHttpEngine();
  return (await import('../engines/browser/engine.ts')).createBrowserEngine({ executablePath: opts.browserPath });
}
