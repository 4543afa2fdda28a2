/**
 * `classify`: free text to a verdict, for support staff replaying past tickets and for checks.
 * Three modes: one text (`--tier premium "text"`), JSON lines on stdin (`--jsonl`), and an
 * accuracy report over labelled lines (`--eval FILE`). The entry point loads the data and
 * reads files; this file only reads arguments and formats answers, so every rule stays in
 * `src/domain/matcher.ts`.
 */
import { TIER_IDS, isTierId } from '../domain/catalogue.ts';
import type { IntakeData } from '../domain/intake-data.ts';
import { classify } from '../domain/matcher.ts';
import type { Classification, MatcherIndex } from '../domain/matcher.ts';
import { readArguments } from './arguments.ts';
import { evaluate, formatReport, parseEvalCase } from './classify-eval.ts';
import type { EvalCase } from './classify-eval.ts';

export interface ClassifyCommandResult {
  code: 0 | 2;
  stdout: string;
  stderr: string;
}

const USAGE = `usage: classify --tier ${TIER_IDS.join('|')} "text" | classify --jsonl < lines.jsonl | classify --eval FILE`;

const OPTIONS = { tier: 'string', jsonl: 'boolean', eval: 'string' } as const;

/** The JSON shape of a classification: optional fields only when they apply. */
function toJson(result: Classification): Record<string, unknown> {
  return { ...result };
}

function classifyLines(stdin: string, data: IntakeData, index: MatcherIndex): string[] | string {
  const out: string[] = [];
  const lines = stdin.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      return `stdin line ${i + 1} is not JSON`;
    }
    const { id, tier, text } = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<
      string,
      unknown
    >;
    if (!isTierId(tier)) return `stdin line ${i + 1}: "tier" must be one of ${TIER_IDS.join(', ')}`;
    if (typeof text !== 'string') return `stdin line ${i + 1}: "text" must be a string`;
    out.push(JSON.stringify({ id: id ?? null, ...toJson(classify(data, index, tier, text)) }));
  }
  return out;
}

function readCases(content: string): EvalCase[] | string {
  const cases: EvalCase[] = [];
  for (const [i, line] of content.split(/\r?\n/).entries()) {
    if (!line.trim()) continue;
    const parsed = parseEvalCase(line, i + 1);
    if (typeof parsed === 'string') return parsed;
    cases.push(parsed);
  }
  return cases.length ? cases : 'no labelled lines';
}

/**
 * Runs `classify` with `argv` (the arguments after the command name). `stdin` is read by
 * `--jsonl`; `readFile` reads the `--eval` file (it throws when the file cannot be read).
 * Exit code 2 means bad arguments or unreadable input.
 */
export function runClassify(
  argv: string[],
  stdin: string,
  data: IntakeData,
  index: MatcherIndex,
  readFile: (path: string) => string = () => {
    throw new Error('no file access');
  },
): ClassifyCommandResult {
  const fail = (message: string): ClassifyCommandResult => ({
    code: 2,
    stdout: '',
    stderr: `classify: ${message}. ${USAGE}\n`,
  });
  const parsed = readArguments(argv, OPTIONS, true);
  if (typeof parsed === 'string') return fail(parsed);
  const args = { ...parsed.values, text: parsed.positionals };
  const modes = [
    args.tier !== undefined || args.text.length > 0,
    args.jsonl === true,
    args.eval !== undefined,
  ];
  if (modes.filter(Boolean).length !== 1)
    return fail('give either --tier and a text, --jsonl, or --eval FILE');

  if (args.eval !== undefined) {
    let content: string;
    try {
      content = readFile(args.eval);
    } catch (error) {
      return fail(`cannot read ${args.eval} (${error instanceof Error ? error.message : String(error)})`);
    }
    const cases = readCases(content);
    if (typeof cases === 'string') return fail(`${args.eval}: ${cases}`);
    return { code: 0, stdout: formatReport(evaluate(cases, data, index)), stderr: '' };
  }

  if (args.jsonl) {
    const lines = classifyLines(stdin, data, index);
    if (typeof lines === 'string') return fail(lines);
    return { code: 0, stdout: lines.map((line) => `${line}\n`).join(''), stderr: '' };
  }

  if (args.tier === undefined) return fail('--tier is required');
  if (!isTierId(args.tier))
    return fail(`--tier must be one of ${TIER_IDS.join(', ')}, got ${JSON.stringify(args.tier)}`);
  const text = args.text.join(' ').trim();
  if (!text) return fail('give the text to classify');
  const result = classify(data, index, args.tier, text);
  return { code: 0, stdout: `${JSON.stringify(toJson(result), null, 2)}\n`, stderr: '' };
}
