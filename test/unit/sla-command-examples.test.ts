/**
 * `npm run sla` on the README's example and the named cases of the SLA clock (Easter, Ascension,
 * Whit Monday, 21 July, Armistice, both DST weekends, Christmas to New Year, an upsell, out of
 * scope), answer for answer. Each expected output was printed by the command before the clock was
 * compiled to open intervals and is kept here as a literal: the output must not change.
 */
import { describe, expect, it } from 'vitest';
import { runSla } from '../../src/cli/sla-command.ts';
import { brusselsCalendar, defaultPolicy } from './sla-fixtures.ts';

const data = { policy: defaultPolicy(), calendar: brusselsCalendar() };
const now = new Date('2026-03-25T09:00:00Z');

// The intake issue added the tier_unconfirmed verdict after these answers were recorded.
const USAGE =
  'usage: sla --tier basic|premium|active|premium-plus --priority critical|high|normal|low' +
  ' [--verdict covered|upsell|out_of_scope|unknown|tier_unconfirmed] [--at 2026-03-27T16:30:00+01:00]';

/** The printed answer: the JSON as the command writes it, two-space indented, one trailing newline. */
const printed = (answer: object) => `${JSON.stringify(answer, null, 2)}\n`;

const EXAMPLES: [string, string[], object][] = [
  [
    "the README's example: Friday before the spring DST change",
    ['--tier', 'premium', '--priority', 'high', '--at', '2026-03-27T16:30:00+01:00'],
    {
      queue: 'support',
      targetMinutes: 240,
      firstResponseDue: '2026-03-30T12:30:00+02:00',
      firstResponseDueUtc: '2026-03-30T10:30:00Z',
      explanation:
        'Covered by Premium, high priority: support responds within 4 business hours. Counted 4 business hours from Friday 27 March 16:30 Brussels time; skipped Saturday 28 and Sunday 29 March (weekend). First response due Monday 30 March 12:30 Brussels time.',
    },
  ],
  [
    'across Easter Monday 2026',
    ['--tier', 'basic', '--priority', 'normal', '--at', '2026-04-03T15:00:00+02:00'],
    {
      queue: 'support',
      targetMinutes: 960,
      firstResponseDue: '2026-04-08T15:00:00+02:00',
      firstResponseDueUtc: '2026-04-08T13:00:00Z',
      explanation:
        'Covered by Basic, normal priority: support responds within 16 business hours. Counted 16 business hours from Friday 3 April 15:00 Brussels time; skipped Saturday 4 and Sunday 5 April (weekend), Monday 6 April (Easter Monday). First response due Wednesday 8 April 15:00 Brussels time.',
    },
  ],
  [
    'across the autumn DST weekend',
    ['--tier', 'active', '--priority', 'low', '--at', '2026-10-23T16:00:00+02:00'],
    {
      queue: 'support',
      targetMinutes: 960,
      firstResponseDue: '2026-10-27T16:00:00+01:00',
      firstResponseDueUtc: '2026-10-27T15:00:00Z',
      explanation:
        'Covered by Active, low priority: support responds within 16 business hours. Counted 16 business hours from Friday 23 October 16:00 Brussels time; skipped Saturday 24 and Sunday 25 October (weekend). First response due Tuesday 27 October 16:00 Brussels time.',
    },
  ],
  [
    'an upsell across Ascension Day',
    ['--tier', 'basic', '--priority', 'critical', '--verdict', 'upsell', '--at', '2026-05-13T16:00:00+02:00'],
    {
      queue: 'sales',
      targetMinutes: 480,
      firstResponseDue: '2026-05-15T16:00:00+02:00',
      firstResponseDueUtc: '2026-05-15T14:00:00Z',
      explanation:
        'Not covered by Basic but by a higher tier: sales responds within 8 business hours. Counted 8 business hours from Wednesday 13 May 16:00 Brussels time; skipped Thursday 14 May (Ascension Day). First response due Friday 15 May 16:00 Brussels time.',
    },
  ],
  [
    'out of scope across Christmas',
    [
      '--tier',
      'premium-plus',
      '--priority',
      'high',
      '--verdict',
      'out_of_scope',
      '--at',
      '2026-12-23T16:00:00+01:00',
    ],
    {
      queue: 'advice',
      targetMinutes: 960,
      firstResponseDue: '2026-12-28T16:00:00+01:00',
      firstResponseDueUtc: '2026-12-28T15:00:00Z',
      explanation:
        'Not covered by any support tier: advice responds within 16 business hours about where to go instead. Counted 16 business hours from Wednesday 23 December 16:00 Brussels time; skipped Friday 25 December (Christmas Day), Saturday 26 and Sunday 27 December (weekend). First response due Monday 28 December 16:00 Brussels time.',
    },
  ],
  [
    'across the national holiday, 21 July',
    ['--tier', 'premium', '--priority', 'normal', '--at', '2026-07-20T14:00:00+02:00'],
    {
      queue: 'support',
      targetMinutes: 480,
      firstResponseDue: '2026-07-22T14:00:00+02:00',
      firstResponseDueUtc: '2026-07-22T12:00:00Z',
      explanation:
        'Covered by Premium, normal priority: support responds within 8 business hours. Counted 8 business hours from Monday 20 July 14:00 Brussels time; skipped Tuesday 21 July (National Holiday). First response due Wednesday 22 July 14:00 Brussels time.',
    },
  ],
  [
    'from 16:59 the evening before Armistice Day',
    ['--tier', 'premium-plus', '--priority', 'critical', '--at', '2026-11-10T16:59:00+01:00'],
    {
      queue: 'support',
      targetMinutes: 30,
      firstResponseDue: '2026-11-12T09:29:00+01:00',
      firstResponseDueUtc: '2026-11-12T08:29:00Z',
      explanation:
        'Covered by Premium Plus, critical priority: support responds within 30 business minutes. Counted 30 business minutes from Tuesday 10 November 16:59 Brussels time; skipped Wednesday 11 November (Armistice Day). First response due Thursday 12 November 09:29 Brussels time.',
    },
  ],
  [
    'an unknown topic received on a Saturday, given in UTC',
    ['--tier', 'basic', '--priority', 'low', '--verdict', 'unknown', '--at', '2026-03-28T10:00:00Z'],
    {
      queue: 'support',
      targetMinutes: 1440,
      firstResponseDue: '2026-04-01T17:00:00+02:00',
      firstResponseDueUtc: '2026-04-01T15:00:00Z',
      explanation:
        "Topic not identified, handled at Basic's low priority target: support responds within 24 business hours. Received Saturday 28 March 11:00 Brussels time, outside business hours, so counted 24 business hours from Monday 30 March 09:00 Brussels time; skipped Saturday 28 and Sunday 29 March (weekend). First response due Wednesday 1 April 17:00 Brussels time.",
    },
  ],
  [
    'across Whit Monday, with milliseconds kept',
    ['--tier', 'premium', '--priority', 'high', '--at', '2026-05-22T16:45:00.250+02:00'],
    {
      queue: 'support',
      targetMinutes: 240,
      firstResponseDue: '2026-05-26T12:45:00.250+02:00',
      firstResponseDueUtc: '2026-05-26T10:45:00.250Z',
      explanation:
        'Covered by Premium, high priority: support responds within 4 business hours. Counted 4 business hours from Friday 22 May 16:45 Brussels time; skipped Saturday 23 and Sunday 24 May (weekend), Monday 25 May (Whit Monday). First response due Tuesday 26 May 12:45 Brussels time.',
    },
  ],
  [
    'the spring DST weekend of 2027 followed by Easter Monday',
    ['--tier', 'basic', '--priority', 'high', '--at', '2027-03-26T16:00:00+01:00'],
    {
      queue: 'support',
      targetMinutes: 480,
      firstResponseDue: '2027-03-30T16:00:00+02:00',
      firstResponseDueUtc: '2027-03-30T14:00:00Z',
      explanation:
        'Covered by Basic, high priority: support responds within 8 business hours. Counted 8 business hours from Friday 26 March 16:00 Brussels time; skipped Saturday 27 and Sunday 28 March (weekend), Monday 29 March (Easter Monday). First response due Tuesday 30 March 16:00 Brussels time.',
    },
  ],
  [
    'from New Year’s Eve into the next year',
    ['--tier', 'premium-plus', '--priority', 'critical', '--at', '2026-12-31T16:45:00+01:00'],
    {
      queue: 'support',
      targetMinutes: 30,
      firstResponseDue: '2027-01-04T09:15:00+01:00',
      firstResponseDueUtc: '2027-01-04T08:15:00Z',
      explanation:
        "Covered by Premium Plus, critical priority: support responds within 30 business minutes. Counted 30 business minutes from Thursday 31 December 16:45 Brussels time; skipped Friday 1 January 2027 (New Year's Day), Saturday 2 and Sunday 3 January 2027 (weekend). First response due Monday 4 January 2027 09:15 Brussels time.",
    },
  ],
];

describe('sla command answers exactly as before the clock was compiled', () => {
  it.each(EXAMPLES)('%s', (_, argv, answer) => {
    expect(runSla(argv, data, now)).toEqual({ code: 0, stdout: printed(answer), stderr: '' });
  });

  it.each([
    ['2026-02-30T10:00:00+01:00', 'a day February does not have'],
    ['2026-03-27T16:30:00', 'no offset'],
  ])('refuses --at %s (%s) with the same message', (at) => {
    expect(runSla(['--tier', 'premium', '--priority', 'high', '--at', at], data, now)).toEqual({
      code: 2,
      stdout: '',
      stderr: `sla: --at must be a date and time with an offset, e.g. 2026-03-27T16:30:00+01:00, got "${at}". ${USAGE}\n`,
    });
  });
});
