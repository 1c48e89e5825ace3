import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { exitCodeOf } from '../../src/cli/exit.ts';
import { formatFailure } from '../../src/cli/views/failure.ts';
import { causeChain, EngineError, InputError, PolicyError, StoreError, UsageError } from '../../src/errors.ts';
import { RuleFileError } from '../../src/classify/rules.ts';

describe('exit codes by class', () => {
  it.each([
    [new UsageError('bad flag'), 2],
    [new InputError('cannot read x.eml'), 2],
    [new RuleFileError('rules.json: not valid JSON'), 2],
    [new CommanderError(1, 'commander.unknownOption', 'unknown option'), 2],
    [new CommanderError(0, 'commander.version', '0.1.0'), 0],
    [new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)'), 0],
    [new StoreError('busy', 'database is busy'), 1],
    [new PolicyError('refused'), 1],
    [new EngineError('launch', 'no Chromium'), 1],
    [new Error('bug'), 1],
    ['a string', 1],
  ] as [unknown, number][])('%s → %i', (err, code) => {
    expect(exitCodeOf(err)).toBe(code);
  });

  it('does not judge by message: a usage-sounding message on a plain Error is still fatal', () => {
    expect(exitCodeOf(new Error('unknown option --foo: bad usage'))).toBe(1);
  });
});

describe('errors carry their causes', () => {
  it('keeps the cause and kind, and walks the chain outermost first, stopping at a repeat', () => {
    const root = new Error('SQLITE_BUSY');
    const store = new StoreError('busy', 'database is busy', { cause: root });
    const top = new UsageError('could not start', { cause: store });
    expect(store.kind).toBe('busy');
    expect(new EngineError('crashed', 'browser closed').kind).toBe('crashed');
    expect(causeChain(top)).toEqual([top, store, root]);
    const loop = new Error('a') as Error & { cause?: unknown };
    loop.cause = loop;
    expect(causeChain(loop)).toEqual([loop]);
  });

  it('says one cleaned line without --debug, and every cause with its stack with it', () => {
    const err = new InputError('input not found: evil\x1b]0;x\x07\nsecond line', { cause: new Error('ENOENT') });
    expect(formatFailure(err, false)).toBe('hoptrace: input not found: evil\\x1b]0;x\\x07\\x0asecond line\n');
    const debug = formatFailure(err, true);
    expect(debug).toMatch(/^InputError: input not found: evil\\x1b\]0;x\\x07\n/);
    expect(debug).toMatch(/\n {4}at .*errors\.test\.ts/);
    expect(debug).toMatch(/\ncaused by: Error: ENOENT\n {4}at /);
    expect(debug).not.toMatch(/[\x07\x1b]/);
  });
});
