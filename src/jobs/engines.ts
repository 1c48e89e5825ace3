// The engine a job runs on, chosen by `--engine`.
import { createBrowserEngine } from '../engines/browser/engine.ts';
import type { VisitEngine } from '../engines/engine.ts';
import { createHttpEngine } from '../engines/http/engine.ts';
import type { Engine } from '../model.ts';

export function openEngine(engine: Engine, opts: { browserPath?: string } = {}): VisitEngine {
  return engine === 'http' ? createHttpEngine() : createBrowserEngine({ executablePath: opts.browserPath });
}
