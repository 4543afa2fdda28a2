/**
 * `classify --eval`: replays labelled phrasings and reports how many verdicts come out right,
 * overall, by tier and by expected verdict, with every miss, so content and scorer changes
 * can be judged on numbers. A verdict is right when it equals `expect` and, for an upsell,
 * names one of the acceptable tiers.
 */
import { TIER_IDS, isTierId } from '../domain/catalogue.ts';
import type { TierId } from '../domain/catalogue.ts';
import { VERDICTS } from '../domain/coverage.ts';
import type { VerdictKind } from '../domain/coverage.ts';
import type { IntakeData } from '../domain/intake-data.ts';
import { classify } from '../domain/matcher.ts';
import type { Classification, MatcherIndex } from '../domain/matcher.ts';

export interface EvalCase {
  id: string;
  tier: TierId;
  text: string;
  expect: VerdictKind;
  /** Acceptable upsell tiers; empty accepts any. */
  upsellTier: TierId[];
  /** The topic a person would file it under, when the file says (none for unrelated text). */
  topic?: string;
  /** What kind of phrasing it is (`plain`, `nonenglish`, `offtopic`…), when the file says. */
  kind?: string;
  /** Its language (`en`, `nl`, `fr`, `de`), when the file says. */
  lang?: string;
}

export interface EvalOutcome {
  case: EvalCase;
  result: Classification;
  correct: boolean;
}

export interface Tally {
  correct: number;
  total: number;
}

export interface EvalReport {
  overall: Tally;
  byTier: Record<string, Tally>;
  byVerdict: Record<string, Tally>;
  /** Over cases that name their topic: the first suggestion is it. */
  topicFirst: Tally;
  /** Over cases that name their topic: it is among the suggestions shown. */
  topicShown: Tally;
  /** Over cases about no topic (expected `unknown`): the matcher abstained. */
  abstains: Tally;
  /** Over cases that name their topic: the matcher abstained (fewer is better). */
  abstainedOnReal: Tally;
  /** Verdicts by kind and by language, when the file says them. */
  byKind: Record<string, Tally>;
  byLanguage: Record<string, Tally>;
  misses: EvalOutcome[];
}

function isVerdict(value: unknown): value is VerdictKind {
  return typeof value === 'string' && (VERDICTS as readonly string[]).includes(value);
}

/** One labelled line, or a message saying what is wrong with it. */
export function parseEvalCase(line: string, lineNumber: number): EvalCase | string {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return `line ${lineNumber} is not JSON`;
  }
  if (typeof raw !== 'object' || raw === null) return `line ${lineNumber} is not a JSON object`;
  const { id, tier, text, expect, upsellTier, topic, kind, lang } = raw as Record<string, unknown>;
  if (!isTierId(tier)) return `line ${lineNumber}: "tier" must be one of ${TIER_IDS.join(', ')}`;
  if (typeof text !== 'string') return `line ${lineNumber}: "text" must be a string`;
  if (!isVerdict(expect)) return `line ${lineNumber}: "expect" must be one of ${VERDICTS.join(', ')}`;
  const tiers = upsellTier === undefined ? [] : Array.isArray(upsellTier) ? upsellTier : [upsellTier];
  if (!tiers.every(isTierId)) return `line ${lineNumber}: "upsellTier" must list tier ids`;
  const name = typeof id === 'string' || typeof id === 'number' ? String(id) : String(lineNumber);
  const optional = (key: string, value: unknown) =>
    typeof value === 'string' && value ? { [key]: value } : {};
  return {
    id: name,
    tier,
    text,
    expect,
    upsellTier: tiers,
    ...optional('topic', topic),
    ...optional('kind', kind),
    ...optional('lang', lang),
  };
}

export function isCorrect(testCase: EvalCase, result: Classification): boolean {
  if (result.verdict !== testCase.expect) return false;
  if (testCase.expect !== 'upsell' || testCase.upsellTier.length === 0) return true;
  return result.upsellTier !== undefined && testCase.upsellTier.includes(result.upsellTier);
}

function count(tallies: Record<string, Tally>, key: string, correct: boolean) {
  const tally = (tallies[key] ??= { correct: 0, total: 0 });
  tally.total++;
  if (correct) tally.correct++;
}

/** Classifies every case and tallies the verdicts. */
export function evaluate(cases: readonly EvalCase[], data: IntakeData, index: MatcherIndex): EvalReport {
  const empty = () => ({ correct: 0, total: 0 });
  const report: EvalReport = {
    overall: empty(),
    byTier: {},
    byVerdict: {},
    topicFirst: empty(),
    topicShown: empty(),
    abstains: empty(),
    abstainedOnReal: empty(),
    byKind: {},
    byLanguage: {},
    misses: [],
  };
  const tally = (into: Tally, yes: boolean) => {
    into.total++;
    if (yes) into.correct++;
  };
  for (const testCase of cases) {
    const result = classify(data, index, testCase.tier, testCase.text);
    const correct = isCorrect(testCase, result);
    const topicRight = testCase.topic !== undefined && result.topic === testCase.topic;
    tally(report.overall, correct);
    count(report.byTier, testCase.tier, correct);
    count(report.byVerdict, testCase.expect, correct);
    if (testCase.kind) count(report.byKind, testCase.kind, correct);
    if (testCase.lang) count(report.byLanguage, testCase.lang, correct);
    if (testCase.topic) {
      tally(report.topicFirst, topicRight);
      tally(
        report.topicShown,
        result.suggestions.some((s) => s.topic === testCase.topic),
      );
      tally(report.abstainedOnReal, result.topic === null);
    } else if (testCase.expect === 'unknown') tally(report.abstains, result.topic === null);
    const wrongTopic = testCase.topic !== undefined && !topicRight;
    if (!correct || wrongTopic) report.misses.push({ case: testCase, result, correct });
  }
  return report;
}

export function accuracy(tally: Tally): number {
  return tally.total === 0 ? 0 : tally.correct / tally.total;
}

function line(label: string, tally: Tally): string {
  return `  ${label.padEnd(14)} ${`${tally.correct}/${tally.total}`.padStart(7)}  ${(accuracy(tally) * 100).toFixed(1).padStart(5)}%`;
}

function describe(result: Pick<Classification, 'verdict' | 'upsellTier'>): string {
  return result.upsellTier ? `${result.verdict} → ${result.upsellTier}` : result.verdict;
}

/** The report as text for people: totals, then each miss with what the matcher saw. */
export function formatReport(report: EvalReport): string {
  const out = [`verdict accuracy ${line('', report.overall).trim()}`];
  if (report.topicFirst.total > 0) {
    out.push(
      `topic right, first suggestion  ${line('', report.topicFirst).trim()}`,
      `right topic among suggestions  ${line('', report.topicShown).trim()}`,
      `real issues abstained on       ${line('', report.abstainedOnReal).trim()}`,
    );
  }
  if (report.abstains.total > 0)
    out.push(`unrelated text abstains        ${line('', report.abstains).trim()}`);
  out.push('', 'by tier:');
  for (const tier of TIER_IDS) if (report.byTier[tier]) out.push(line(tier, report.byTier[tier]));
  out.push('', 'by expected verdict:');
  for (const verdict of VERDICTS)
    if (report.byVerdict[verdict]) out.push(line(verdict, report.byVerdict[verdict]));
  for (const [title, tallies] of [
    ['by kind:', report.byKind],
    ['by language:', report.byLanguage],
  ] as const) {
    const keys = Object.keys(tallies).sort();
    if (keys.length === 0) continue;
    out.push('', title);
    for (const key of keys) out.push(line(key, tallies[key] as Tally));
  }
  out.push('', `misses (${report.misses.length}):`);
  for (const { case: testCase, result } of report.misses) {
    const expected = describe({
      verdict: testCase.expect,
      upsellTier: testCase.upsellTier.join('|') as TierId,
    });
    const why = result.suggestions.map((s) => `${s.topic} ${s.score} [${s.matched.join(', ')}]`).join('; ');
    const topics = testCase.topic ? ` [topic ${testCase.topic}, got ${result.topic ?? 'none'}]` : '';
    out.push(
      `  ${testCase.id} (${testCase.tier}) expected ${expected}, got ${describe(result)}${topics}: ${JSON.stringify(testCase.text)}`,
    );
    out.push(`      ${why || 'no topic matched'}`);
  }
  return `${out.join('\n')}\n`;
}
