// The rule format: data files (src/data/rules.json plus the user's `--rules FILE`s), validated on
// load so a typo in a rule file is one clear line naming the file and the field, not a silent miss.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadBrands, type Brand } from '../brands.ts';
import { InputError } from '../errors.ts';
import { CATEGORIES, type Category } from '../model.ts';
import { loadModel, type VerdictModel } from './model.ts';
import { normalizeText } from './normalize.ts';

export const SHIPPED_RULES_FILE = fileURLToPath(new URL('../data/rules.json', import.meta.url));

/**
 * Where a pattern is looked for. `chain` is special: it reads the URLs of the hops before the
 * page, and its rules flag the chain in the evidence instead of scoring the page itself.
 */
export const TARGETS = [
  'title', // the page title
  'text', // the visible text
  'prominent', // title, headings, large type, dialogs, overlays, buttons, script alerts (the whole text on a short page)
  'url', // the page URL
  'host', // the page's host name
  'input', // each form field as "type=password name=passwd"
  'mailto', // each mailto: link
  'link', // each other link as "URL text"
  'download', // each download as "filename mime"
  'status', // the HTTP status as digits
  'alt', // each image alt text
  'image', // each image, background or icon file name, separators as spaces
  'html', // the raw markup
  'fact', // facts the classifier derives (page-facts.ts: secret-asked, brand-claimed-off-host, form-email-only…)
  'chain', // the URLs of the hops that led to the page
] as const;
export type Target = (typeof TARGETS)[number];

/** A plain string (matched as a substring after normalisation) or a regular expression. */
export type PatternSpec = string | { re: string; flags?: string };

export interface ConditionSpec {
  in: Target[];
  any: PatternSpec[];
  /** Distinct patterns that must match for the condition to hold (default 1). */
  minHits?: number;
}

export interface RuleSpec extends ConditionSpec {
  id: string;
  category: Category;
  /** Added to the category's score when the rule holds; negative weights argue against it. */
  weight: number;
  /** Further conditions that must all hold too. */
  and?: ConditionSpec[];
  /** The rule shows what the category is for (see intent.ts): it alone may open the category (default: false in the shipped file, true in a user's). */
  intent?: boolean;
  description?: string;
  /** false switches a rule off (a user file can disable a shipped rule by id). */
  enabled?: boolean;
}

export interface RuleFile {
  priority?: Category[];
  rules: RuleSpec[];
}

export interface Pattern {
  /** How the pattern is shown in evidence. */
  label: string;
  test(subject: string): boolean;
}

export interface Condition {
  in: Target[];
  patterns: Pattern[];
  minHits: number;
}

export interface Rule {
  id: string;
  category: Category;
  weight: number;
  conditions: Condition[];
  intent: boolean;
  description: string | null;
  /** The file the rule came from (the last one, when overridden). */
  source: string;
}

export interface RuleSet {
  rules: Rule[];
  brands: Brand[];
  /** The fitted weights and thresholds that turn rules and facts into verdicts. */
  model: VerdictModel;
  /** Tie-break between equal scores, most important first. */
  priority: Category[];
  sources: string[];
}

/** Categories the classifier decides from the visit itself, never from rules. */
const VISIT_CATEGORIES: readonly Category[] = ['error', 'blocked', 'unknown'];
const RULE_CATEGORIES = CATEGORIES.filter((c) => !VISIT_CATEGORIES.includes(c));

/** A rules file (`--rules`, or the shipped one) that cannot be read or is not valid. */
export class RuleFileError extends InputError {
  override name = 'RuleFileError';
}

function fail(file: string, field: string, problem: string): never {
  throw new RuleFileError(`${file}: ${field}: ${problem}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function compilePattern(spec: unknown, file: string, field: string): Pattern {
  if (typeof spec === 'string') {
    const needle = normalizeText(spec);
    if (needle === '') fail(file, field, 'empty pattern');
    return { label: spec, test: (subject) => subject.includes(needle) };
  }
  if (!isObject(spec) || typeof spec.re !== 'string') fail(file, field, 'a pattern is a string or { "re": "…", "flags": "…" }');
  const flags = spec.flags ?? 'i';
  if (typeof flags !== 'string') fail(file, `${field}.flags`, 'must be a string');
  let re: RegExp;
  try {
    // Never 'g' or 'y': a stateful lastIndex would make test() alternate between pages.
    re = new RegExp(spec.re, [...new Set(`${flags.replace(/[gy]/g, '')}u`)].join(''));
  } catch (err) {
    fail(file, field, `bad regex /${spec.re}/: ${(err as Error).message.split('\n')[0]}`);
  }
  return { label: `/${spec.re}/`, test: (subject) => re.test(subject) };
}

function compileCondition(spec: unknown, file: string, field: string): Condition {
  if (!isObject(spec)) fail(file, field, 'must be an object');
  const targets = spec.in;
  if (!Array.isArray(targets) || targets.length === 0) fail(file, `${field}.in`, `must list targets (${TARGETS.join(', ')})`);
  targets.forEach((t, i) => {
    if (!(TARGETS as readonly unknown[]).includes(t)) fail(file, `${field}.in[${i}]`, `unknown target ${JSON.stringify(t)}`);
  });
  if (!Array.isArray(spec.any) || spec.any.length === 0) fail(file, `${field}.any`, 'must list at least one pattern');
  const patterns = spec.any.map((p, i) => compilePattern(p, file, `${field}.any[${i}]`));
  const minHits = spec.minHits ?? 1;
  if (typeof minHits !== 'number' || !Number.isInteger(minHits) || minHits < 1 || minHits > patterns.length) {
    fail(file, `${field}.minHits`, `must be an integer from 1 to ${patterns.length}`);
  }
  return { in: targets as Target[], patterns, minHits };
}

function compileRule(spec: unknown, file: string, field: string): Rule | { disable: string } {
  if (!isObject(spec)) fail(file, field, 'must be an object');
  if (typeof spec.id !== 'string' || spec.id.trim() === '') fail(file, `${field}.id`, 'must be a non-empty string');
  const where = `${field} (${spec.id})`;
  if (spec.enabled === false) return { disable: spec.id };
  if (typeof spec.category !== 'string' || !RULE_CATEGORIES.includes(spec.category as Category)) {
    fail(file, `${where}.category`, `unknown category ${JSON.stringify(spec.category)} (one of ${RULE_CATEGORIES.join(', ')})`);
  }
  if (typeof spec.weight !== 'number' || !Number.isFinite(spec.weight)) fail(file, `${where}.weight`, 'must be a number');
  if (spec.and !== undefined && !Array.isArray(spec.and)) fail(file, `${where}.and`, 'must be a list of conditions');
  if (spec.description !== undefined && typeof spec.description !== 'string') fail(file, `${where}.description`, 'must be a string');
  if (spec.intent !== undefined && typeof spec.intent !== 'boolean') fail(file, `${where}.intent`, 'must be true or false');
  const conditions = [compileCondition(spec, file, where), ...(spec.and ?? []).map((c, i) => compileCondition(c, file, `${where}.and[${i}]`))];
  return {
    id: spec.id,
    category: spec.category as Category,
    weight: spec.weight,
    conditions,
    // A shipped rule opens its category only where it says so; a user's own rule is the user's
    // judgement and opens it unless it says "intent": false (older rule files keep working).
    intent: spec.intent ?? file !== SHIPPED_RULES_FILE,
    description: spec.description ?? null,
    source: file,
  };
}

/** A rule file by path, or its contents as a job stored them (so a resumed job classifies as it began). */
export type RuleSource = string | { file: string; json: string };

function readRuleFile(source: RuleSource): { priority?: Category[]; rules: (Rule | { disable: string })[] } {
  const file = typeof source === 'string' ? source : source.file;
  let raw: string;
  try {
    raw = typeof source === 'string' ? readFileSync(file, 'utf8') : source.json;
  } catch (err) {
    throw new RuleFileError(`${file}: cannot read rule file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { cause: err });
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    throw new RuleFileError(`${file}: not valid JSON (${(err as Error).message.split('\n')[0]})`, { cause: err });
  }
  if (!isObject(data)) fail(file, 'top level', 'must be an object with a "rules" list');
  if (!Array.isArray(data.rules)) fail(file, 'rules', 'must be a list');
  const out: { priority?: Category[]; rules: (Rule | { disable: string })[] } = {
    rules: data.rules.map((r, i) => compileRule(r, file, `rules[${i}]`)),
  };
  if (data.threshold !== undefined) {
    fail(file, 'threshold', 'no longer read: each category has a fitted probability threshold (src/data/model.json); remove it');
  }
  if (data.priority !== undefined) {
    if (!Array.isArray(data.priority)) fail(file, 'priority', 'must be a list of categories');
    data.priority.forEach((c, i) => {
      if (!RULE_CATEGORIES.includes(c as Category)) fail(file, `priority[${i}]`, `unknown category ${JSON.stringify(c)}`);
    });
    out.priority = data.priority as Category[];
  }
  return out;
}

/**
 * The shipped rules, then each extra file in order: a rule whose id exists replaces it, a new id
 * is added, `"enabled": false` removes it; a file's priority replaces the earlier one. A rule the
 * model was not fitted with adds its own weight (scaled) to its category's log-odds.
 */
export function loadRules(extraFiles: RuleSource[] = [], options: { brandsFile?: string; modelFile?: string } = {}): RuleSet {
  const byId = new Map<string, Rule>();
  let priority: Category[] = [];
  const all = [SHIPPED_RULES_FILE, ...extraFiles];
  const sources = all.map((f) => (typeof f === 'string' ? f : f.file));
  for (const file of all) {
    const parsed = readRuleFile(file);
    for (const rule of parsed.rules) {
      if ('disable' in rule) byId.delete(rule.disable);
      else byId.set(rule.id, rule);
    }
    priority = parsed.priority ?? priority;
  }
  return { rules: [...byId.values()], brands: loadBrands(options.brandsFile), model: loadModel(options.modelFile), priority, sources };
}
