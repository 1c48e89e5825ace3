// What both demos share: the sample campaign's mails written to disk, and the real CLI run
// asynchronously (the campaign's server runs in the demo's process and must keep answering).
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Campaign } from '../test/fixtures/campaign.ts';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'hoptrace.js');

/** The flags that keep a demo on loopback. */
export const LOOPBACK = ['--host-map', '*.test=127.0.0.1', '--mapped-only'];

/** A fresh crawls/NAME/ with the campaign's three mails under mail/; returns the mail folder. */
export function writeMails(outDir: string, campaign: Campaign): string {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'mail'), { recursive: true });
  campaign.mails.forEach((m, i) => writeFileSync(join(outDir, 'mail', `lure-${i + 1}.eml`), m.eml));
  return join(outDir, 'mail');
}

export function hoptrace(args: string[]): Promise<number> {
  return new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: 'inherit', cwd: root });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

export async function writeReport(job: string, db: string, outDir: string): Promise<void> {
  const report = join(outDir, 'report.html');
  const rep = await hoptrace(['report', job, '--db', db, '-o', report]);
  if (rep !== 0) throw new Error(`report exited with ${rep}`);
  console.log(`\nDemo done. Report: ${relative(process.cwd(), report) || report}`);
  console.log(`Explore: npx hoptrace show ${job} --db ${relative(process.cwd(), db)}`);
}
