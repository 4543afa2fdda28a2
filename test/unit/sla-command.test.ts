import { describe, expect, it } from 'vitest';
import { runSla } from '../../src/cli/sla-command.ts';
import { brusselsCalendar, defaultPolicy } from './sla-fixtures.ts';

const calendar = brusselsCalendar();

const policy = defaultPolicy();

/** Wednesday 25 March 2026, 10:00 in Brussels: a plain working morning. */
const now = new Date('2026-03-25T09:00:00Z');

function run(...argv: string[]) {
  return runSla(argv, { policy, calendar }, now);
}

describe('sla command', () => {
  it('prints the due time of a Premium high ticket raised on Friday 27 March 2026 at 16:30', () => {
    // Friday 27 March 2026 16:30 CET (+01:00). Premium high is 4 business hours:
    // 30 min on Friday until 17:00, then 3 h 30 on Monday 30 March from 09:00. Clocks went forward
    // on Sunday 29 March, so Monday is CEST (+02:00): due 12:30+02:00, which is 10:30 UTC.
    const result = run('--tier', 'premium', '--priority', 'high', '--at', '2026-03-27T16:30:00+01:00');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      queue: 'support',
      targetMinutes: 240,
      firstResponseDue: '2026-03-30T12:30:00+02:00',
      firstResponseDueUtc: '2026-03-30T10:30:00Z',
      explanation:
        'Covered by Premium, high priority: support responds within 4 business hours. ' +
        'Counted 4 business hours from Friday 27 March 16:30 Brussels time; skipped Saturday 28 and Sunday 29 March (weekend). ' +
        'First response due Monday 30 March 12:30 Brussels time.',
    });
  });

  it('accepts --name=value as well as --name value', () => {
    const result = run('--tier=premium', '--priority=high', '--at=2026-03-27T15:30:00Z');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).firstResponseDue).toBe('2026-03-30T12:30:00+02:00');
  });

  it('without --at the clock starts at the injected "now"', () => {
    const result = run('--tier', 'active', '--priority', 'high');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      targetMinutes: 120,
      firstResponseDue: '2026-03-25T12:00:00+01:00',
    });
  });

  it('--verdict routes upsells to sales and out-of-scope tickets to advice', () => {
    expect(
      JSON.parse(run('--tier', 'basic', '--priority', 'critical', '--verdict', 'upsell').stdout),
    ).toMatchObject({
      queue: 'sales',
      targetMinutes: 480,
      firstResponseDue: '2026-03-26T10:00:00+01:00',
    });
    expect(
      JSON.parse(run('--tier', 'basic', '--priority', 'critical', '--verdict', 'out_of_scope').stdout),
    ).toMatchObject({
      queue: 'advice',
      targetMinutes: 960,
      firstResponseDue: '2026-03-27T10:00:00+01:00',
    });
    expect(
      JSON.parse(run('--tier', 'basic', '--priority', 'critical', '--verdict', 'unknown').stdout),
    ).toMatchObject({
      queue: 'support',
      targetMinutes: 240,
    });
  });

  it('a moment outside the compiled calendar exits with code 2 and names the span, rather than guessing', () => {
    const result = run('--tier', 'basic', '--priority', 'high', '--at', '2035-01-02T10:00:00+01:00');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^sla: 2035-01-02T09:00:00\.000Z is outside the business calendar, compiled from 2026-01-01 to 2031-12-31 \(Europe\/Brussels\); rebuild the site with holiday data that covers it\. usage: /,
    );
  });

  it.each([
    [['--priority', 'high'], /--tier is required/],
    [
      ['--tier', 'gold', '--priority', 'high'],
      /--tier must be one of basic, premium, active, premium-plus, got "gold"/,
    ],
    [['--tier', 'basic'], /--priority is required/],
    [
      ['--tier', 'basic', '--priority', 'urgent'],
      /--priority must be one of critical, high, normal, low, got "urgent"/,
    ],
    [
      ['--tier', 'basic', '--priority', 'high', '--verdict', 'maybe'],
      /--verdict must be one of covered, upsell, out_of_scope, unknown/,
    ],
    [['--tier', 'basic', '--priority', 'high', '--colour', 'red'], /unknown option --colour/],
    [['--tier', 'basic', '--priority', 'high', 'extra'], /unexpected argument "extra"/],
    [['--tier', 'basic', '--priority'], /--priority needs a value/],
    [['--tier', 'basic', '--tier', 'premium', '--priority', 'high'], /--tier given twice/],
    [
      ['--tier', 'basic', '--priority', 'high', '--at', '2026-03-27T16:30:00'],
      /--at must be a date and time with an offset/,
    ],
    [
      ['--tier', 'basic', '--priority', 'high', '--at', 'next friday'],
      /--at must be a date and time with an offset/,
    ],
    [
      ['--tier', 'basic', '--priority', 'high', '--at', '2026-02-30T10:00:00+01:00'],
      /--at must be a date and time with an offset/,
    ],
  ])('bad arguments %j exit with code 2 and a one-line error', (argv, message) => {
    const result = run(...argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/^sla: [^\n]*\n$/);
  });
});
