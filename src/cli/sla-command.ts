/**
 * `sla`: the first-response due time for a tier, priority and verdict, as JSON. The entry point
 * loads the policy and calendar and passes the clock in; this file only reads arguments and
 * formats the answer, so the rule stays in `src/domain/sla.ts`.
 */
import { TIER_IDS, isTierId } from '../domain/catalogue.ts';
import { VERDICTS } from '../domain/coverage.ts';
import { parseIsoDateTime } from '../domain/instant.ts';
import type { VerdictKind } from '../domain/coverage.ts';
import type { BusinessCalendar } from '../domain/business-calendar.ts';
import { PRIORITIES, isPriority } from '../domain/priority.ts';
import { slaFor } from '../domain/sla.ts';
import { readArguments } from './arguments.ts';
import type { SlaPolicy } from '../domain/sla.ts';

export interface SlaCommandResult {
  code: 0 | 2;
  stdout: string;
  stderr: string;
}

const USAGE =
  `usage: sla --tier ${TIER_IDS.join('|')} --priority ${PRIORITIES.join('|')}` +
  ` [--verdict ${VERDICTS.join('|')}] [--at 2026-03-27T16:30:00+01:00]`;

const OPTIONS = { tier: 'string', priority: 'string', verdict: 'string', at: 'string' } as const;

function isVerdict(value: string): value is VerdictKind {
  return (VERDICTS as readonly string[]).includes(value);
}

/** Runs `sla` with `argv` (the arguments after the command name). Exit code 2 means bad arguments. */
export function runSla(
  argv: string[],
  data: { policy: SlaPolicy; calendar: BusinessCalendar },
  now: Date,
): SlaCommandResult {
  const fail = (message: string): SlaCommandResult => ({
    code: 2,
    stdout: '',
    stderr: `sla: ${message}. ${USAGE}\n`,
  });
  const parsed = readArguments(argv, OPTIONS, false);
  if (typeof parsed === 'string') return fail(parsed);
  const { tier, priority, verdict = 'covered', at } = parsed.values;
  if (tier === undefined) return fail('--tier is required');
  if (!isTierId(tier))
    return fail(`--tier must be one of ${TIER_IDS.join(', ')}, got ${JSON.stringify(tier)}`);
  if (priority === undefined) return fail('--priority is required');
  if (!isPriority(priority))
    return fail(`--priority must be one of ${PRIORITIES.join(', ')}, got ${JSON.stringify(priority)}`);
  if (!isVerdict(verdict))
    return fail(`--verdict must be one of ${VERDICTS.join(', ')}, got ${JSON.stringify(verdict)}`);
  // An ISO date and time that exists and says its offset (`Z` or `±hh:mm`), so it means one moment anywhere.
  const given = at === undefined ? { wallClock: now.getTime(), offset: 0 } : parseIsoDateTime(at);
  if (given?.offset === undefined) {
    return fail(
      `--at must be a date and time with an offset, e.g. 2026-03-27T16:30:00+01:00, got ${JSON.stringify(at)}`,
    );
  }
  let sla;
  try {
    sla = slaFor({ tier, priority, verdict }, data.policy, data.calendar, given.wallClock - given.offset);
  } catch (error) {
    // A moment outside the compiled calendar: say which span it has.
    if (error instanceof RangeError) return fail(error.message);
    throw error;
  }
  const { queue, targetMinutes, firstResponseDue, firstResponseDueUtc, explanation } = sla;
  const out = { queue, targetMinutes, firstResponseDue, firstResponseDueUtc, explanation };
  return { code: 0, stdout: `${JSON.stringify(out, null, 2)}\n`, stderr: '' };
}
