// The floors of docs/DESIGN.md, checked: every import under src/ (type-only and dynamic ones
// included) goes to the importer's own floor or one below, and no cycle runs between modules or
// between files. The table is data: docs/floors.json.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SRC = join(ROOT, 'src');
const table = JSON.parse(readFileSync(join(ROOT, 'docs', 'floors.json'), 'utf8')) as { floors: Record<string, string[]> };
const floorOfModule = new Map(Object.entries(table.floors).flatMap(([floor, modules]) => modules.map((m) => [m, Number(floor)] as const)));

/** `cli/views/trace.ts` → `cli/`, `model.ts` → `model.ts`. */
const moduleOf = (file: string): string => (file.includes('/') ? `${file.split('/')[0]}/` : file);

interface Edge {
  from: string;
  to: string;
}

/** Every relative import of every file under src/, as paths relative to src/ with `/`. */
function importsUnder(dir: string): { files: string[]; edges: Edge[] } {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(sep).join('/'))
    .filter((f) => /\.(ts|json)$/.test(f));
  const edges: Edge[] = [];
  for (const from of files.filter((f) => f.endsWith('.ts'))) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(dir, from), 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      edges.push({ from, to: relative(dir, normalize(join(dir, dirname(from), fileName))).split(sep).join('/') });
    }
  }
  return { files, edges };
}

/** The strongly connected components with more than one node (Tarjan). */
function cycles(nodes: string[], edges: Edge[]): string[][] {
  const next = new Map(nodes.map((n) => [n, [] as string[]]));
  for (const e of edges) if (e.from !== e.to) next.get(e.from)?.push(e.to);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const n of nodes) if (!index.has(n)) visit(n);
  return found;
}

/** What is wrong with a tree of sources: modules without a floor, upward imports, cycles. */
function violations(dir: string): string[] {
  const { files, edges } = importsUnder(dir);
  const problems: string[] = [];
  for (const m of new Set(files.map(moduleOf))) {
    if (!floorOfModule.has(m)) problems.push(`${m} has no floor in docs/floors.json`);
  }
  for (const { from, to } of edges) {
    const [a, b] = [floorOfModule.get(moduleOf(from)), floorOfModule.get(moduleOf(to))];
    if (a !== undefined && b !== undefined && b > a) problems.push(`${from} (floor ${a}) imports ${to} (floor ${b})`);
  }
  const moduleEdges = edges.map((e) => ({ from: moduleOf(e.from), to: moduleOf(e.to) }));
  for (const c of cycles([...new Set(files.map(moduleOf))], moduleEdges)) problems.push(`modules import each other: ${c.join(' ⇄ ')}`);
  for (const c of cycles(files, edges)) problems.push(`files import each other: ${c.join(' ⇄ ')}`);
  return problems;
}

describe('floors', () => {
  it('src/ imports only downward (or within its floor) and has no cycle', () => {
    expect(violations(SRC)).toEqual([]);
  });

  it('the check catches an upward import, a module cycle, a file cycle and a module without a floor', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hoptrace-floors-'));
    const put = (file: string, text: string) => {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    };
    put('model.ts', "import type { X } from './store/store.ts';\n");
    put('store/store.ts', "export type X = 1;\nimport { a } from '../mail/a.ts';\n");
    put('mail/a.ts', "export const a = 1;\nexport { b } from '../store/b.ts';\n");
    put('store/b.ts', "export const b = 1;\nconst lazy = () => import('./c.ts');\n");
    put('store/c.ts', "import { b } from './b.ts';\n");
    put('widgets/w.ts', 'export {};\n');
    expect(violations(dir).sort()).toEqual([
      'files import each other: store/b.ts ⇄ store/c.ts',
      'model.ts (floor 1) imports store/store.ts (floor 2)',
      'modules import each other: mail/ ⇄ store/',
      'widgets/ has no floor in docs/floors.json',
    ]);
  });
});
