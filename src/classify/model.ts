// The verdict model: one logistic regression per category over named page features (the facts of
// page-facts.ts and the rules that hold), fitted on the wild corpus's dev split by
// scripts/train-classifier.ts and shipped as data (src/data/model.json). A category's probability
// is only asked where the page shows the evidence of intent that category needs (intent.ts); its
// threshold was chosen on held-out folds for precision, because a false malicious verdict costs
// more than a miss.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors.ts';
import { CATEGORIES, type Category } from '../model.ts';

export interface CategoryModel {
  bias: number;
  /** The least probability for the verdict. */
  threshold: number;
  weights: Record<string, number>;
}

export interface VerdictModel {
  categories: Partial<Record<Category, CategoryModel>>;
  /** How much a rule the model never saw (a user's own) adds to its category's log-odds, per unit of weight. */
  unseenRuleScale: number;
  source: string;
}

export const SHIPPED_MODEL_FILE = fileURLToPath(new URL('../data/model.json', import.meta.url));

export function loadModel(file = SHIPPED_MODEL_FILE): VerdictModel {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new InputError(`${file}: cannot read the verdict model (${(err as Error).message.split('\n')[0]})`, { cause: err });
  }
  const bad = (what: string): never => {
    throw new InputError(`${file}: ${what}`);
  };
  const root = data as { format?: unknown; categories?: unknown; unseenRuleScale?: unknown };
  if (root?.format !== 'hoptrace.model/1') bad('not a hoptrace.model/1 file');
  if (typeof root.categories !== 'object' || root.categories === null) bad('"categories" must be an object');
  const categories: VerdictModel['categories'] = {};
  for (const [name, raw] of Object.entries(root.categories as Record<string, unknown>)) {
    if (!CATEGORIES.includes(name as Category)) bad(`unknown category ${JSON.stringify(name)}`);
    const m = raw as Partial<CategoryModel>;
    if (typeof m.bias !== 'number' || typeof m.threshold !== 'number' || typeof m.weights !== 'object' || m.weights === null) {
      bad(`categories.${name} needs bias, threshold and weights`);
    }
    categories[name as Category] = { bias: m.bias!, threshold: m.threshold!, weights: m.weights as Record<string, number> };
  }
  return { categories, unseenRuleScale: typeof root.unseenRuleScale === 'number' ? root.unseenRuleScale : 0.75, source: file };
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Each feature's share of the log-odds, largest first: what the evidence lists. */
export function contributions(model: CategoryModel, features: Map<string, number>): { feature: string; share: number }[] {
  const out: { feature: string; share: number }[] = [];
  for (const [feature, value] of features) {
    const w = model.weights[feature];
    if (w !== undefined && value !== 0) out.push({ feature, share: w * value });
  }
  return out.sort((a, b) => b.share - a.share);
}

export function logOdds(model: CategoryModel, features: Map<string, number>, extra = 0): number {
  let z = model.bias + extra;
  for (const [feature, value] of features) z += (model.weights[feature] ?? 0) * value;
  return z;
}
