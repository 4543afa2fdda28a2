import { describe, expect, it } from 'vitest';
import { targetsFor } from '../../src/domain/forwarding-routes.ts';
import {
  configuredFields,
  FRESHDESK_PRIORITY,
  helpdeskBody,
  helpdeskFieldValues,
  helpdeskSubject,
  helpdeskTags,
  ZENDESK_PRIORITY,
} from '../../src/domain/helpdesk-fields.ts';
import type { Ticket } from '../../src/domain/ticket.ts';

const ticket = {
  schema: 'ticket.v2',
  id: '0b0c3f3e-7a51-4a3f-9d55-0c6b2a1f4e11',
  submittedAt: '2026-03-27T10:00:00+01:00',
  tier: 'basic',
  tierConfirmed: false,
  topic: 'inconsistency-alerts',
  verdict: 'upsell',
  upsellTier: 'premium',
  priority: 'high',
  summary: 'Gross mass alert',
  description: 'CAS says the gross mass is lower than the net mass.',
  customer: { name: 'Jan Janssens', email: 'jan@example.com', company: 'Janssens NV', customerId: 'C-42' },
  declaration: { reference: '24BE000000123456A7', country: 'BE' },
  sla: {
    queue: 'sales',
    targetMinutes: 480,
    firstResponseDue: '2026-03-30T10:00:00+02:00',
    timezone: 'Europe/Brussels',
  },
} satisfies Ticket;

const server = {
  verdict: 'upsell' as const,
  upsellTier: 'premium' as const,
  sla: { queue: 'sales' as const, targetMinutes: 480, firstResponseDue: '2026-03-30T08:00:00.000Z' },
};

describe('a ticket as a helpdesk files it', () => {
  it('maps our priorities onto Zendesk’s and Freshdesk’s scales', () => {
    expect(ZENDESK_PRIORITY).toEqual({ critical: 'urgent', high: 'high', normal: 'normal', low: 'low' });
    expect(FRESHDESK_PRIORITY).toEqual({ critical: 4, high: 3, normal: 2, low: 1 });
  });

  it('tags the verdict and the topic, and “none” for a ticket without one', () => {
    expect(helpdeskTags('upsell', 'inconsistency-alerts')).toEqual([
      'cas-verdict-upsell',
      'cas-topic-inconsistency-alerts',
    ]);
    expect(helpdeskTags('unknown', null)).toEqual(['cas-verdict-unknown', 'cas-topic-none']);
  });

  it('fills the fields a helpdesk config names, by its own field ids, and no others', () => {
    const values = helpdeskFieldValues('CAS-7F3A9C2D', ticket, server);
    expect(configuredFields({ verdict: 101, due: 103 }, values)).toEqual([
      [101, 'upsell'],
      [103, '2026-03-30T08:00:00.000Z'],
    ]);
    expect(configuredFields({ reference: 'cf_ref', topic: 'cf_topic' }, values)).toEqual([
      ['cf_ref', 'CAS-7F3A9C2D'],
      ['cf_topic', 'inconsistency-alerts'],
    ]);
  });

  it('opens the subject with the reference in brackets', () => {
    expect(helpdeskSubject('CAS-7F3A9C2D', ticket)).toBe('[CAS-7F3A9C2D] Gross mass alert');
  });

  it('writes the description, then every other field on a line of its own', () => {
    expect(helpdeskBody('CAS-7F3A9C2D', ticket, server)).toBe(
      [
        'CAS says the gross mass is lower than the net mass.',
        '',
        'Reference: CAS-7F3A9C2D',
        'Support tier: basic (not confirmed)',
        'Topic: inconsistency-alerts',
        'Verdict: upsell (premium)',
        'Priority: high',
        'Queue: sales',
        'First response due: 2026-03-30T08:00:00.000Z',
        'MRN or LRN: 24BE000000123456A7',
        'Country: BE',
        'Customer: Jan Janssens <jan@example.com>, Janssens NV',
        'Customer number: C-42',
        'Ticket id: 0b0c3f3e-7a51-4a3f-9d55-0c6b2a1f4e11',
      ].join('\n'),
    );
  });
});

describe('which targets a ticket goes to', () => {
  const targets = [
    { name: 'crm', when: { verdicts: ['upsell' as const] } },
    { name: 'helpdesk', when: { queues: ['support' as const, 'advice' as const] } },
    { name: 'archive' },
  ];

  it('sends upsells to the CRM and the rest to the helpdesk, and everything to a target without conditions', () => {
    expect(targetsFor(targets, { verdict: 'upsell', queue: 'sales' })).toEqual(['crm', 'archive']);
    expect(targetsFor(targets, { verdict: 'covered', queue: 'support' })).toEqual(['helpdesk', 'archive']);
    expect(targetsFor(targets, { verdict: 'out_of_scope', queue: 'advice' })).toEqual([
      'helpdesk',
      'archive',
    ]);
  });

  it('needs both conditions when a target names verdicts and queues', () => {
    const both = [
      { name: 'urgent-sales', when: { verdicts: ['upsell' as const], queues: ['support' as const] } },
    ];
    expect(targetsFor(both, { verdict: 'upsell', queue: 'sales' })).toEqual([]);
  });
});
