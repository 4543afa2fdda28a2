/**
 * The published JSON Schema (/schemas/ticket.v1.json) and the zod schema must agree: a helpdesk
 * validating with the JSON Schema accepts and refuses exactly what the receiver does.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseTicket } from '../../src/domain/ticket.ts';
import { assertBuilt, readDist } from './built-site.ts';

let validate: (data: unknown) => boolean;
let validateV2: (data: unknown) => boolean;

beforeAll(() => {
  assertBuilt();
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  (addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
  validate = ajv.compile(JSON.parse(readDist('schemas/ticket.v1.json')));
  validateV2 = ajv.compile(JSON.parse(readDist('schemas/ticket.v2.json')));
});

const valid = {
  schema: 'ticket.v1',
  id: '0b7e2c1a-4f3d-4a8e-9c2b-5d6e7f8a9b0c',
  submittedAt: '2026-03-27T16:30:00+01:00',
  tier: 'basic',
  topic: 'inconsistency-alerts',
  verdict: 'upsell',
  upsellTier: 'premium',
  priority: 'high',
  summary: 'Gross mass below net mass',
  description: 'CAS flags line 2 of our export: the gross mass is lower than the net mass.',
  customer: { name: 'Ann Peeters', email: 'ann@example.be', company: 'Peeters Logistics' },
  declaration: { reference: '26BE000000012345A7', customsSystem: 'PLDA', country: 'BE' },
  sla: {
    queue: 'sales',
    targetMinutes: 480,
    firstResponseDue: '2026-03-30T16:30:00+02:00',
    timezone: 'Europe/Brussels',
  },
  source: { page: '/support/new/' },
};

const samples: [string, unknown][] = [
  ['a valid upsell ticket', valid],
  [
    'a valid covered ticket without optional parts',
    { ...valid, verdict: 'covered', upsellTier: undefined, declaration: undefined, source: undefined },
  ],
  ['an unknown top-level key', { ...valid, extra: 1 }],
  ['an unknown key in customer', { ...valid, customer: { ...valid.customer, phone: '123' } }],
  ['upsellTier with a covered verdict', { ...valid, verdict: 'covered' }],
  ['an upsell without upsellTier', { ...valid, upsellTier: undefined }],
  ['a summary that is too short', { ...valid, summary: 'abc' }],
  ['a description over 5000 characters', { ...valid, description: 'x'.repeat(5001) }],
  ['an unknown tier', { ...valid, tier: 'gold' }],
  ['a wrong schema version', { ...valid, schema: 'ticket.v3' }],
  ['an id that is not a uuid', { ...valid, id: 'ticket-1' }],
  ['a queue that does not exist', { ...valid, sla: { ...valid.sla, queue: 'billing' } }],
  ['a negative target', { ...valid, sla: { ...valid.sla, targetMinutes: -5 } }],
  ['a missing customer', { ...valid, customer: undefined }],
  ['an e-mail address without a domain', { ...valid, customer: { ...valid.customer, email: 'ann@' } }],
];

describe('ticket.v1 JSON Schema agrees with the zod schema', () => {
  for (const [name, sample] of samples) {
    it(name, () => {
      const data = JSON.parse(JSON.stringify(sample));
      expect(validate(data)).toBe(parseTicket(data).ok);
    });
  }

  it('the samples include both accepted and refused tickets', () => {
    const outcomes = samples.map(([, sample]) => parseTicket(JSON.parse(JSON.stringify(sample))).ok);
    expect(outcomes.filter(Boolean).length).toBe(2);
  });
});

const v2 = { ...valid, schema: 'ticket.v2', tierConfirmed: true };
const unsure = {
  ...v2,
  tierConfirmed: false,
  verdict: 'tier_unconfirmed',
  upsellTier: undefined,
  coveredBy: ['premium', 'active', 'premium-plus'],
  sla: { ...valid.sla, queue: 'support' },
};

const v2Samples: [string, unknown][] = [
  ['a valid v2 upsell ticket', v2],
  ['a valid ticket whose customer did not know the tier', unsure],
  ['a v2 ticket without tierConfirmed', { ...v2, tierConfirmed: undefined }],
  ['coveredBy with an upsell', { ...v2, coveredBy: ['premium'] }],
  ['tier_unconfirmed without coveredBy', { ...unsure, coveredBy: undefined }],
  ['tier_unconfirmed with an empty coveredBy', { ...unsure, coveredBy: [] }],
  ['a v1 ticket', valid],
];

describe('ticket.v2 JSON Schema agrees with the zod schema', () => {
  for (const [name, sample] of v2Samples) {
    it(name, () => {
      const data = JSON.parse(JSON.stringify(sample));
      expect(validateV2(data)).toBe(parseTicket(data).ok && data.schema === 'ticket.v2');
    });
  }

  it('the samples include both accepted and refused tickets', () => {
    const outcomes = v2Samples.map(([, sample]) => validateV2(JSON.parse(JSON.stringify(sample))));
    expect(outcomes.filter(Boolean).length).toBe(2);
  });
});
