import { describe, expect, it } from 'vitest';
import { calendarSchema, slaPolicySchema } from '../../src/schemas/sla-schema.ts';
import { defaultPolicy } from './sla-fixtures.ts';

/** The defaults of content/sla.yaml as an author writes them, loose enough to break one value at a time. */
function policy() {
  type Loose = Record<string, Record<string, unknown>>;
  const { note, targets, routing, priorities } = structuredClone(defaultPolicy());
  return {
    note,
    targets: targets as Loose,
    routing: routing as unknown as Loose,
    priorities: priorities as unknown as Loose,
  };
}

const calendar = () => ({
  zone: 'Europe/Brussels',
  days: [1, 2, 3, 4, 5],
  opens: '09:00',
  closes: '17:00',
  holidaySource: 'date-holidays, BE, public',
  closures: [] as unknown[],
});

/** Each issue as `path: message`, the way an author reads it. */
function problems(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}): string[] {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('slaPolicySchema', () => {
  it('accepts the default policy as written', () => {
    expect(slaPolicySchema().safeParse(policy()).success).toBe(true);
  });

  it('names the missing target and shows how to write one', () => {
    const p = policy();
    delete p.targets.premium?.low;
    expect(problems(slaPolicySchema().safeParse(p))).toMatchInlineSnapshot(`
      [
        "targets.premium.low: missing: give the premium low target in business minutes, e.g. 240 for 4 hours",
      ]
    `);
  });

  it('explains targets written as text, in fractions, or for a tier that does not exist', () => {
    const p = policy();
    p.targets.basic = { critical: '4h', high: 7.5, normal: 960, low: 0 };
    p.targets.gold = {};
    expect(problems(slaPolicySchema().safeParse(p))).toMatchInlineSnapshot(`
      [
        "targets.basic.critical: expected the basic critical target as a whole number of business minutes (240 for 4 hours), got "4h"",
        "targets.basic.high: the basic high target must be whole minutes, e.g. 90 for 1 h 30",
        "targets.basic.low: the basic low target must be more than 0 minutes",
        "targets: unknown tier "gold": expected basic, premium, active, premium-plus",
      ]
    `);
  });

  it('requires a route for every verdict and a known queue', () => {
    const p = policy();
    delete p.routing.unknown;
    p.routing.upsell = { queue: 'marketing', minutes: 'soon' };
    expect(problems(slaPolicySchema().safeParse(p))).toMatchInlineSnapshot(`
      [
        "routing.upsell.queue: expected one of support, sales, advice, got "marketing"",
        "routing.upsell.minutes: expected "tier" or a whole number of business minutes for the upsell route, got "soon"",
        "routing.unknown: missing: add the unknown route as { queue, minutes }",
      ]
    `);
  });

  it('asks for every priority with two to four examples, and rejects unknown keys', () => {
    const p = { ...policy(), extra: true };
    p.priorities.low = { label: 'Low', definition: 'Low issues.', examples: ['just one'] };
    delete p.priorities.normal;
    delete p.targets.active;
    expect(problems(slaPolicySchema().safeParse(p))).toMatchInlineSnapshot(`
      [
        "targets.active: missing: add one entry per priority for active (critical, high, normal, low)",
        "priorities.normal: missing: add the normal priority with label, definition and examples",
        "priorities.low.examples: give at least 2 examples for low",
        ": unknown key "extra": expected note, targets, routing, priorities",
      ]
    `);
  });
});

describe('calendarSchema', () => {
  it('accepts the Brussels calendar and defaults closures to none', () => {
    const { closures, ...rest } = calendar();
    expect(closures).toEqual([]);
    expect(calendarSchema().parse(rest)).toMatchObject({ zone: 'Europe/Brussels', closures: [] });
  });

  it('turns an unquoted YAML date back into YYYY-MM-DD', () => {
    const parsed = calendarSchema().parse({
      ...calendar(),
      closures: [{ date: new Date('2026-12-24'), name: 'Christmas Eve' }],
    });
    expect(parsed.closures).toEqual([{ date: '2026-12-24', name: 'Christmas Eve' }]);
  });

  it('tells the author how to fix a zone, weekdays, times and closure dates', () => {
    const bad = {
      ...calendar(),
      zone: 'Brussels',
      days: [1, 8, 1],
      opens: 9,
      closures: [{ date: '2026-13-01', name: 'x' }],
    };
    expect(problems(calendarSchema().safeParse(bad))).toMatchInlineSnapshot(`
      [
        "zone: expected an IANA time zone such as Europe/Brussels, got "Brussels"",
        "days.1: expected a weekday number from 1 (Monday) to 7 (Sunday)",
        "days: list each weekday once",
        "opens: expected the opening time as HH:mm in quotes, e.g. '09:00', got 9",
        "closures.0.date: expected the closure date as YYYY-MM-DD in quotes, e.g. '2026-12-24', got "2026-13-01"",
      ]
    `);
  });

  it('refuses a closing time that is not after the opening time', () => {
    expect(problems(calendarSchema().safeParse({ ...calendar(), closes: '08:00' }))).toMatchInlineSnapshot(`
      [
        "closes: closes (08:00) must be later than opens (09:00) on the same day",
      ]
    `);
  });
});
