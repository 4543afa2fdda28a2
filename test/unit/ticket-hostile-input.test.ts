/**
 * ticket.v1 against input meant to hurt whoever reads it: lists nested deep enough to overflow a
 * recursive printer, and text carrying terminal escapes, text direction controls or nothing
 * visible. Each is refused with the field named, never with an exception.
 */
import { describe, expect, it } from 'vitest';
import { parseTicket } from '../../src/domain/ticket.ts';

function sample(): Record<string, any> {
  return {
    schema: 'ticket.v1',
    id: '0b7e2c1a-4f3d-4a8e-9c2b-5d6e7f8a9b0c',
    submittedAt: '2026-03-27T16:30:00+01:00',
    tier: 'premium',
    topic: 'release-not-received',
    verdict: 'upsell',
    upsellTier: 'active',
    priority: 'high',
    summary: 'Release not received since Friday',
    description: 'Our import declaration has been waiting for release since Friday afternoon.',
    customer: {
      name: 'Ann Peeters',
      email: 'ann@example.be',
      company: 'Peeters Logistics',
      customerId: 'C-1',
    },
    declaration: { reference: 'LRN-2026-0001', customsSystem: 'PLDA', country: 'BE' },
    sla: {
      queue: 'sales',
      targetMinutes: 480,
      firstResponseDue: '2026-03-30T12:30:00+02:00',
      timezone: 'Europe/Brussels',
    },
    source: { page: '/support/new/' },
  };
}

function withField(path: string, value: unknown) {
  const ticket = sample();
  const keys = path.split('.');
  const last = keys.pop()!;
  keys.reduce((node, key) => node[key], ticket)[last] = value;
  return ticket;
}

const deep = () => JSON.parse('['.repeat(20_000) + ']'.repeat(20_000));

const FIELDS = [
  'schema',
  'id',
  'submittedAt',
  'tier',
  'topic',
  'verdict',
  'upsellTier',
  'priority',
  'summary',
  'description',
  'customer',
  'customer.name',
  'customer.email',
  'customer.company',
  'customer.customerId',
  'declaration',
  'declaration.reference',
  'declaration.customsSystem',
  'declaration.country',
  'sla',
  'sla.queue',
  'sla.targetMinutes',
  'sla.firstResponseDue',
  'sla.timezone',
  'source',
  'source.page',
];

describe('ticket.v1 and hostile input', () => {
  it.each(FIELDS)('refuses a list nested 20,000 deep in %s, naming the field', (path) => {
    const result = parseTicket(withField(path, deep()));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).toContain(path);
    for (const issue of result.issues) expect(issue.message.length).toBeLessThan(200);
  });

  it('names what it got for a choice without quoting a whole list', () => {
    const result = parseTicket(withField('tier', deep()));
    expect(result).toEqual({
      ok: false,
      schema: 'ticket.v1',
      issues: [{ path: 'tier', message: 'expected one of basic, premium, active, premium-plus, got a list' }],
    });
  });

  it.each([
    [
      'summary',
      '\u001b[2J\u001b[H\u001b[31mURGENT',
      'must be plain text: remove the control character U+001B',
    ],
    ['description', 'Waiting since\u0000 Friday', 'must be plain text: remove the control character U+0000'],
    ['customer.name', 'Ann \u202EsreteeP', 'must be plain text: remove the text direction control U+202E'],
    ['customer.name', '\u200b\u200b', 'must contain visible characters, not only invisible ones'],
    ['customer.company', '\u3164', 'must contain visible characters, not only invisible ones'],
    ['customer.customerId', 'C-1\u0007', 'must be plain text: remove the control character U+0007'],
    [
      'declaration.reference',
      'LRN\u001b]0;owned\u0007',
      'must be plain text: remove the control character U+001B',
    ],
    [
      'declaration.customsSystem',
      'PLDA\u2066',
      'must be plain text: remove the text direction control U+2066',
    ],
    ['source.page', '/support/new/\u001b[2J', 'must be plain text: remove the control character U+001B'],
  ])('refuses %s holding %j with one issue naming it', (path, value, message) => {
    expect(parseTicket(withField(path, value))).toEqual({
      ok: false,
      schema: 'ticket.v1',
      issues: [{ path, message }],
    });
  });

  it('keeps line breaks and tabs in a description, as a form or a text area sends them', () => {
    const description = 'Line one\r\nLine two\n\tindented';
    const result = parseTicket(withField('description', description));
    expect(result.ok && result.ticket.description).toBe(description);
  });
});
