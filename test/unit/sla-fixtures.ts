/** Shared test data for the SLA tests: the Brussels calendar and the default policy of `content/sla.yaml`. */
import { compileCalendar } from '../../src/loaders/calendar-compiler.ts';
import { belgianHolidays } from '../../src/loaders/holidays.ts';
import type { BusinessCalendar, DayOff } from '../../src/domain/business-calendar.ts';
import type { SlaPolicy } from '../../src/domain/sla.ts';
import type { Catalogue } from '../../src/domain/catalogue.ts';
import type { IntakeData } from '../../src/domain/intake-data.ts';

/** The desk's hours with Belgian public holidays 2026–2031, compiled as the build does. */
export function brusselsCalendar(closures: DayOff[] = []): BusinessCalendar {
  return compileCalendar({
    zone: 'Europe/Brussels',
    days: [1, 2, 3, 4, 5],
    opens: '09:00',
    closes: '17:00',
    holidays: belgianHolidays(2026),
    closures,
  });
}

const info = (label: string) => ({ label, definition: `${label} issues.`, examples: ['one', 'two'] });

/** The defaults of `content/sla.yaml`, with placeholder priority texts. */
export function defaultPolicy(): SlaPolicy {
  return {
    note: 'Defaults; the contract prevails.',
    targets: {
      basic: { critical: 240, high: 480, normal: 960, low: 1440 },
      premium: { critical: 60, high: 240, normal: 480, low: 960 },
      active: { critical: 60, high: 120, normal: 480, low: 960 },
      'premium-plus': { critical: 30, high: 60, normal: 240, low: 480 },
    },
    routing: {
      covered: { queue: 'support', minutes: 'tier' },
      unknown: { queue: 'support', minutes: 'tier' },
      upsell: { queue: 'sales', minutes: 480 },
      out_of_scope: { queue: 'advice', minutes: 960 },
      tier_unconfirmed: { queue: 'support', minutes: 'tier' },
    },
    priorities: { critical: info('Critical'), high: info('High'), normal: info('Normal'), low: info('Low') },
  };
}

/** Intake data for `catalogue` with the Brussels calendar and the default policy, and no matcher extras. */
export function intakeWithSla(catalogue: Catalogue): IntakeData {
  return {
    catalogue,
    policy: defaultPolicy(),
    calendar: brusselsCalendar(),
    lexicon: [],
    cues: { aside: [], focus: [] },
    unrelated: [],
    everyday: {},
  };
}
