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
  const { id, tier, text, expect, upsellTier } = raw as Record<string, unknown>;
  if (!isTierId(tier)) return `line ${lineNumber}: "tier" must be one of ${TIER_IDS.join(', ')}`;
  if (typeof text !== 'string') return `line ${lineNumber}: "text" must be a string`;
  if (!isVerdict(expect)) return `line ${lineNumber}: "expect" must be one of ${VERDICTS.join(', ')}`;
  const tiers = upsellTier === undefined ? [] : Array.isArray(upsellTier) ? upsellTier : [upsellTier];
  if (!tiers.every(isTierId)) return `line ${lineNumber}: "upsellTier" must list tier ids`;
  const name = typeof id === 'string' || typeof id === 'number' ? String(id) : String(lineNumber);
  return { id: name, tier, text, expect, upsellTier: tiers };
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
  const report: EvalReport = { overall: { correct: 0, total: 0 }, byTier: {}, byVerdict: {}, misses: [] };
  for (const testCase of cases) {
    const result = classify(data, index, testCase.tier, testCase.text);
    const correct = isCorrect(testCase, result);
    report.overall.total++;
    if (correct) report.overall.correct++;
    count(report.byTier, testCase.tier, correct);
    count(report.byVerdict, testCase.expect, correct);
    if (!correct) report.misses.push({ case: testCase, result, correct });
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
  const out = [`verdict accuracy ${line('', report.overall).trim()}`, '', 'by tier:'];
  for (const tier of TIER_IDS) if (report.byTier[tier]) out.push(line(tier, report.byTier[tier]));
  out.push('', 'by expected verdict:');
  for (const verdict of VERDICTS)
    if (report.byVerdict[verdict]) out.push(line(verdict, report.byVerdict[verdict]));
  out.push('', `misses (${report.misses.length}):`);
  for (const { case: testCase, result } of report.misses) {
    const expected = describe({
      verdict: testCase.expect,
      upsellTier: testCase.upsellTier.join('|') as TierId,
    });
    const why = result.suggestions.map((s) => `${s.topic} ${s.score} [${s.matched.join(', ')}]`).join('; ');
    out.push(
      `  ${testCase.id} (${testCase.tier}) expected ${expected}, got ${describe(result)}: ${JSON.stringify(testCase.text)}`,
    );
    out.push(`      ${why || 'no topic matched'}`);
  }
  return `${out.join('\n')}\n`;
}
