import { describe, expect, it } from 'vitest';
import { describeHours, zoneName } from '../../src/domain/business-hours-text.ts';

describe('opening hours in words', () => {
  it('names a run of weekdays as a range, in the zone people know', () => {
    expect(
      describeHours({ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00', zone: 'Europe/Brussels' }),
    ).toBe('Monday to Friday, 09:00–17:00 Brussels time');
  });

  it('lists days that are not consecutive', () => {
    expect(
      describeHours({ days: [5, 1, 3], opens: '08:30', closes: '12:00', zone: 'America/New_York' }),
    ).toBe('Monday, Wednesday and Friday, 08:30–12:00 New York time');
    expect(zoneName('UTC')).toBe('UTC time');
  });
});
