// The name a job gets when --job does not give one: the first input's name and the time.
import { basename } from 'node:path';

export function defaultJobName(paths: string[], urls: string[]): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
  const base = paths.length ? basename(paths[0]!).replace(/\.[^.]+$/, '') : urls.length ? safeHost(urls[0]!) : 'job';
  return `${base.replace(/[^\w.-]+/g, '_').slice(0, 40)}-${stamp}`;
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname || 'urls';
  } catch {
    return 'urls';
  }
}
