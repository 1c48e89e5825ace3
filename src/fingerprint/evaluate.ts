// Clustering measured on the wild corpus: every page fingerprinted offline from its markup and the
// assets saved beside it (as the responses a visit would have recorded, under the page's wild URL),
// clustered as `cluster` clusters, and scored pairwise against the manifest's kit families.
import { readFileSync } from 'node:fs';
import { dirname, extname, relative, resolve } from 'node:path';
import { sha256 } from '../bytes.ts';
import { loadWildSet } from '../classify/evaluate.ts';
import type { FingerprintRow, RecordedResponse } from '../model.ts';
import { fingerprintPage } from './page.ts';
import { fingerprintRows } from './rows.ts';

const RESOURCE_OF_EXT: Record<string, string> = {
  '.js': 'script', '.css': 'stylesheet', '.png': 'image', '.jpg': 'image', '.jpeg': 'image', '.gif': 'image', '.svg': 'image', '.ico': 'image', '.webp': 'image',
};

export interface WildPage {
  file: string;
  family: string;
  split?: 'dev' | 'test';
  rows: FingerprintRow[];
}

export async function wildPages(wildDir: string): Promise<WildPage[]> {
  const out: WildPage[] = [];
  for (const c of loadWildSet(wildDir)) {
    const wild = c.wild!;
    const blobs = new Map<string, Buffer>();
    const responses: RecordedResponse[] = (wild.assets ?? []).flatMap((asset, order) => {
      const type = RESOURCE_OF_EXT[extname(asset).toLowerCase()];
      if (!type) return [];
      const data = readFileSync(resolve(wildDir, asset));
      const hash = sha256(data);
      blobs.set(hash, data);
      const url = new URL(relative(dirname(wild.file), asset), wild.url).href;
      return [{ order, method: 'GET', url, status: 200, headers: [], bodySha256: hash, resourceType: type, truncated: false }];
    });
    const fp = await fingerprintPage(c.snapshot, responses, (h) => blobs.get(h) ?? null);
    out.push({ file: wild.file, family: wild.family, split: wild.split, rows: fingerprintRows(0, fp) });
  }
  return out;
}

export interface PairScore {
  precision: number;
  recall: number;
  /** Pairs put together that share a family, pairs put together, pairs that share a family. */
  truePairs: number;
  predictedPairs: number;
  actualPairs: number;
}

/** Pairwise precision and recall of a grouping (item → group) against the truth (item → family). */
export function pairwiseScore(predicted: Map<string, string>, truth: Map<string, string>): PairScore {
  const items = [...truth.keys()];
  let truePairs = 0;
  let predictedPairs = 0;
  let actualPairs = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const same = truth.get(items[i]!) === truth.get(items[j]!);
      const grouped = predicted.has(items[i]!) && predicted.get(items[i]!) === predicted.get(items[j]!);
      if (same) actualPairs++;
      if (grouped) predictedPairs++;
      if (same && grouped) truePairs++;
    }
  }
  return {
    precision: predictedPairs ? truePairs / predictedPairs : 1,
    recall: actualPairs ? truePairs / actualPairs : 1,
    truePairs,
    predictedPairs,
    actualPairs,
  };
}
