import { describe, expect, it } from 'vitest';
import { runClassify } from '../../src/cli/classify-command.ts';
import { buildMatcherIndex } from '../../src/domain/matcher.ts';
import { LEXICON, intakeData } from './matcher-catalogue.ts';

const data = intakeData();
const index = buildMatcherIndex(data.catalogue, LEXICON);

function run(argv: string[], stdin = '', files: Record<string, string> = {}) {
  return runClassify(argv, stdin, data, index, (path) => {
    const content = files[path];
    if (content === undefined) throw new Error('ENOENT');
    return content;
  });
}

const jsonl = (...rows: object[]) => rows.map((row) => JSON.stringify(row)).join('\n');

describe('classify --tier', () => {
  it('prints one JSON object with the verdict, topic, upsell tier, score, matched words and suggestions', () => {
    const result = run(['--tier', 'basic', 'release not received']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const out = JSON.parse(result.stdout);
    expect(out).toMatchObject({ verdict: 'upsell', topic: 'finalisation', upsellTier: 'premium' });
    expect(Object.keys(out)).toEqual([
      'verdict',
      'topic',
      'upsellTier',
      'higherTiers',
      'score',
      'matched',
      'suggestions',
    ]);
    expect(out.matched).toEqual(['release not received']);
    expect(out.suggestions[0].topic).toBe('finalisation');
  });

  it('accepts --tier=value and a text given as several words', () => {
    const out = JSON.parse(run(['--tier=premium-plus', 'HS', 'code', 'for', 'shoes']).stdout);
    expect(out).toMatchObject({
      verdict: 'out_of_scope',
      topic: 'tariff',
      alternative: { name: 'Master data services' },
    });
  });

  it('prints unknown with a null topic when nothing matches', () => {
    const out = JSON.parse(run(['--tier', 'active', 'what is the weather tomorrow']).stdout);
    expect(out).toEqual({ verdict: 'unknown', topic: null, score: 0, matched: [], suggestions: [] });
  });
});

describe('classify --jsonl', () => {
  it('writes one JSON line per input line, with its id, skipping blank lines', () => {
    const stdin = `${jsonl(
      { id: 'a', tier: 'basic', text: 'I forgot my password' },
      { id: 'b', tier: 'premium', text: 'new decision table' },
    )}\n\n`;
    const result = run(['--jsonl'], stdin);
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toMatchObject([
      { id: 'a', verdict: 'covered', topic: 'login' },
      { id: 'b', verdict: 'upsell', topic: 'tables', upsellTier: 'active' },
    ]);
  });

  it('refuses a line that is not JSON or has no valid tier, naming the line', () => {
    expect(run(['--jsonl'], 'nope').stderr).toMatch(/^classify: stdin line 1 is not JSON\./);
    const bad = run(
      ['--jsonl'],
      jsonl({ id: 'a', tier: 'basic', text: 'x' }, { id: 'b', tier: 'gold', text: 'x' }),
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/stdin line 2: "tier" must be one of basic, premium, active, premium-plus/);
  });
});

describe('classify --eval', () => {
  const file = jsonl(
    { id: 'e1', tier: 'basic', text: 'forgot my password', expect: 'covered' },
    { id: 'e2', tier: 'basic', text: 'release not received', expect: 'upsell', upsellTier: ['premium'] },
    { id: 'e3', tier: 'basic', text: 'release not received', expect: 'upsell', upsellTier: ['active'] },
    { id: 'e4', tier: 'premium', text: 'HS code for bikes', expect: 'out_of_scope' },
    { id: 'e5', tier: 'active', text: 'weather tomorrow', expect: 'unknown' },
  );

  it('reports accuracy overall, by tier and by verdict, counting an upsell right only with an accepted tier', () => {
    const result = run(['--eval', 'cases.jsonl'], '', { 'cases.jsonl': file });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^verdict accuracy 4\/5 +80\.0%/);
    expect(result.stdout).toMatch(
      /by tier:\n {2}basic +2\/3 +66\.7%\n {2}premium +1\/1 +100\.0%\n {2}active +1\/1 +100\.0%/,
    );
    expect(result.stdout).toMatch(
      /by expected verdict:\n {2}covered +1\/1 +100\.0%\n {2}upsell +1\/2 +50\.0%/,
    );
    expect(result.stdout).toContain('misses (1):');
    expect(result.stdout).toContain(
      'e3 (basic) expected upsell → active, got upsell → premium: "release not received"',
    );
  });

  it('refuses an unreadable file or a line without an expected verdict', () => {
    expect(run(['--eval', 'missing.jsonl']).stderr).toMatch(
      /^classify: cannot read missing\.jsonl \(ENOENT\)\./,
    );
    const bad = run(['--eval', 'bad.jsonl'], '', {
      'bad.jsonl': jsonl({ id: 'x', tier: 'basic', text: 'hi', expect: 'yes' }),
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /bad\.jsonl: line 1: "expect" must be one of covered, upsell, out_of_scope, unknown/,
    );
  });
});

describe('bad arguments', () => {
  it.each([
    [[], 'give either --tier and a text, --jsonl, or --eval FILE'],
    [['--tier', 'gold', 'text'], '--tier must be one of basic, premium, active, premium-plus, got "gold"'],
    [['--tier', 'basic'], 'give the text to classify'],
    [['release', 'not', 'received'], '--tier is required'],
    [['--tier'], '--tier needs a value'],
    [['--colour', 'red'], 'unknown option --colour'],
    [['--tier', 'basic', '--tier', 'premium', 'x'], '--tier given twice'],
    [['--jsonl', '--eval', 'f'], 'give either --tier and a text, --jsonl, or --eval FILE'],
    [['--jsonl=yes'], '--jsonl takes no value'],
  ])('%j is refused with one line and exit status 2', (argv, message) => {
    const result = run(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`classify: ${message}.`);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
