import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyPage } from '../../src/classify/classify.ts';
import { loadRules, RuleFileError } from '../../src/classify/rules.ts';
import type { PageSnapshot } from '../../src/model.ts';

const dir = mkdtempSync(join(tmpdir(), 'hoptrace-rules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ruleFile(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const page = (text: string): PageSnapshot => ({
  branch: 0, url: 'http://p.test/', status: 200, title: '', text, forms: [], links: [], imageAlts: [],
  domHash: null, screenshot: null, downloads: [], chain: [],
});

describe('loadRules', () => {
  it('loads the shipped rules with brands, the fitted model and a priority', () => {
    const set = loadRules();
    expect(set.rules.length).toBeGreaterThan(40);
    expect(set.brands.length).toBeGreaterThan(10);
    expect(set.model.categories['credential-phishing']?.threshold).toBeGreaterThanOrEqual(0.5);
    expect(set.priority[0]).toBe('malware-download');
    expect(new Set(set.rules.map((r) => r.id)).size).toBe(set.rules.length);
  });

  const bad: [string, unknown, RegExp][] = [
    ['bad JSON', '{ "rules": [ ', /bad-json\.json: not valid JSON \(/],
    ['no rules list', { rule: [] }, /no-rules-list\.json: rules: must be a list/],
    ['unknown category', { rules: [{ id: 'x', category: 'spam', weight: 1, in: ['text'], any: ['a'] }] }, /unknown-category\.json: rules\[0\] \(x\)\.category: unknown category "spam"/],
    ['bad regex', { rules: [{ id: 'r', category: 'dating', weight: 1, in: ['text'], any: ['ok', { re: '(' }] }] }, /bad-regex\.json: rules\[0\] \(r\)\.any\[1\]: bad regex \/\(\/: /],
    ['unknown target', { rules: [{ id: 't', category: 'dating', weight: 1, in: ['body'], any: ['a'] }] }, /unknown-target\.json: rules\[0\] \(t\)\.in\[0\]: unknown target "body"/],
    ['missing weight', { rules: [{ id: 'w', category: 'dating', in: ['text'], any: ['a'] }] }, /missing-weight\.json: rules\[0\] \(w\)\.weight: must be a number/],
    ['a threshold (the model decides now)', { threshold: 2, rules: [] }, /a-threshold-\(the-model-decides-now\)\.json: threshold: no longer read/],
    ['intent not a boolean', { rules: [{ id: 'i', category: 'dating', weight: 1, intent: 'yes', in: ['text'], any: ['a'] }] }, /intent-not-a-boolean\.json: rules\[0\] \(i\)\.intent: must be true or false/],
    ['minHits too large', { rules: [{ id: 'm', category: 'dating', weight: 1, in: ['text'], any: ['a'], minHits: 2 }] }, /minhits-too-large\.json: rules\[0\] \(m\)\.minHits: must be an integer from 1 to 1/],
  ];
  it.each(bad)('%s → one clear line naming file and field', (label, content, message) => {
    const file = ruleFile(`${label.replace(/ /g, '-').toLowerCase()}.json`, content);
    let error: unknown;
    try {
      loadRules([file]);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(RuleFileError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('a missing file is one line too', () => {
    expect(() => loadRules([join(dir, 'nope.json')])).toThrow(/nope\.json: cannot read rule file \(ENOENT\)/);
  });

  it('a user file adds rules, overrides shipped ones by id, and can disable them', () => {
    const shipped = loadRules();
    const file = ruleFile('user.json', {
      rules: [
        { id: 'local.lottery', category: 'prize-scam', weight: 5, intent: true, in: ['text'], any: [{ re: 'ロト\\d+' }] },
        { id: 'local.quiet', category: 'adult', weight: 5, intent: false, in: ['text'], any: ['ロト'] },
        { id: 'dating.title', category: 'dating', weight: 9, intent: true, in: ['title'], any: ['恋'] },
        { id: 'benign.copyright', enabled: false },
      ],
    });
    const set = loadRules([file]);
    expect(set.sources).toEqual([shipped.sources[0], file]);
    expect(set.rules.find((r) => r.id === 'dating.title')).toMatchObject({ weight: 9, source: file });
    expect(set.rules.some((r) => r.id === 'benign.copyright')).toBe(false);
    expect(set.rules).toHaveLength(shipped.rules.length + 1);

    expect(classifyPage(page('ロト7 で 1等'), shipped).category).toBe('unknown');
    const result = classifyPage(page('ロト7 で 1等'), set);
    expect(result.category).toBe('prize-scam');
    expect(result.confidence).toBeGreaterThan(0.5);
    expect(result.evidence).toContainEqual({ rule: 'local.lottery', detail: 'local.lottery: text matched "/ロト\\d+/" (+3.75)' });
    expect(classifyPage({ ...page(''), title: '恋' }, set).category).toBe('dating');
    // A user's rule opens its category unless it says "intent": false; then it only weighs.
    expect(classifyPage(page('ロト'), set).category).toBe('unknown');
  });
});
