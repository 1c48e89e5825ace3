// The fingerprints of a visit: every page snapshot's (set on the snapshot, so the stored branch
// finals carry them) and its downloads' hashes, as the index rows the store keeps.
import type { Download, FingerprintRow, PageSnapshot, RecordedResponse } from '../model.ts';
import { fingerprintPage, type BodyOf } from './page.ts';
import { fingerprintRows } from './rows.ts';

export async function fingerprintVisit(
  snapshots: PageSnapshot[],
  downloads: Download[],
  responses: RecordedResponse[],
  bodyOf: BodyOf,
): Promise<FingerprintRow[]> {
  const rows: FingerprintRow[] = [];
  for (const s of snapshots) {
    s.fingerprints = await fingerprintPage(s, responses, bodyOf);
    rows.push(...fingerprintRows(s.branch, s.fingerprints));
  }
  for (const d of downloads) if (d.sha256) rows.push({ branch: 0, kind: 'sha256', value: d.sha256 });
  return rows;
}
