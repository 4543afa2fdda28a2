import { describe, expect, it } from 'vitest';
import { parseTicket, TICKET_SCHEMA_ID, ticketJsonSchema, ticketReference } from '../../src/domain/ticket.ts';

/** A complete, valid ticket; each test changes one thing. */
function sample(): Record<string, any> {
  return {
    schema: 'ticket.v1',
    id: '0b7e2c1a-4f3d-4a8e-9c2b-5d6e7f8a9b0c',
    submittedAt: '2026-03-27T16:30:00+01:00',
    tier: 'premium',
    topic: 'release-not-received',
    verdict: 'covered',
    priority: 'high',
    summary: 'Release not received since Friday',
    description: 'Our import declaration has been waiting for release since Friday afternoon.',
    customer: {
      name: 'Ann Peeters',
      email: 'ann@example.be',
      company: 'Peeters Logistics',
      customerId: 'C-1042',
    },
    declaration: { reference: '26BE000000012345A7', customsSystem: 'PLDA', country: 'BE' },
    sla: {
      queue: 'support',
      targetMinutes: 240,
      firstResponseDue: '2026-03-30T12:30:00+02:00',
      timezone: 'Europe/Brussels',
    },
    source: { page: '/support/new/' },
  };
}

function issuesFor(ticket: unknown) {
  const result = parseTicket(ticket);
  if (result.ok) throw new Error('expected the ticket to be refused');
  return result.issues;
}

function pathsFor(ticket: unknown): string[] {
  return issuesFor(ticket).map((issue) => issue.path);
}

function withField(path: string, value: unknown) {
  const ticket = sample();
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = keys.reduce((node, key) => node[key], ticket);
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return ticket;
}

describe('ticket.v1', () => {
  it('accepts a complete covered ticket unchanged', () => {
    expect(parseTicket(sample())).toEqual({ ok: true, ticket: sample() });
  });

  it('accepts a minimal ticket without declaration, source, customer number or topic', () => {
    const ticket = sample();
    delete ticket.declaration;
    delete ticket.source;
    delete ticket.customer.customerId;
    ticket.topic = null;
    ticket.verdict = 'unknown';
    expect(parseTicket(ticket).ok).toBe(true);
  });

  it('accepts an upsell ticket that names the tier to upsell to', () => {
    const ticket = {
      ...sample(),
      verdict: 'upsell',
      upsellTier: 'active',
      sla: { ...sample().sla, queue: 'sales' },
    };
    expect(parseTicket(ticket)).toMatchObject({
      ok: true,
      ticket: { verdict: 'upsell', upsellTier: 'active' },
    });
  });

  it('an upsell without upsellTier is refused at upsellTier', () => {
    expect(issuesFor({ ...sample(), verdict: 'upsell' })).toEqual([
      { path: 'upsellTier', message: 'required' },
    ]);
  });

  it('upsellTier is refused with any verdict but upsell', () => {
    for (const verdict of ['covered', 'out_of_scope', 'unknown']) {
      expect(issuesFor({ ...sample(), verdict, upsellTier: 'active' })).toEqual([
        { path: 'upsellTier', message: 'only allowed when the verdict is upsell' },
      ]);
    }
  });

  it('refuses unknown keys at every level, naming each one', () => {
    const ticket = sample();
    ticket.notes = 'x';
    ticket.customer.phone = '+32 2 000 00 00';
    ticket.declaration.office = 'BE212000';
    ticket.sla.businessHours = true;
    ticket.source.referrer = 'https://example.com';
    expect(pathsFor(ticket).sort()).toEqual(
      ['customer.phone', 'declaration.office', 'notes', 'sla.businessHours', 'source.referrer'].sort(),
    );
    expect(issuesFor(withField('customer.phone', '1'))[0]?.message).toBe(
      'unknown field: ticket.v1 has no "phone" here',
    );
  });

  it('names keys an object already has (__proto__, constructor) as unknown fields like any other', () => {
    const body = JSON.stringify(sample()).replace(/^\{/, '{"__proto__":{"x":1},"constructor":{"x":1},');
    const result = parseTicket(JSON.parse(body));
    expect(result.ok ? [] : result.issues).toEqual([
      { path: '__proto__', message: 'unknown field: ticket.v1 has no "__proto__" here' },
      { path: 'constructor', message: 'unknown field: ticket.v1 has no "constructor" here' },
    ]);
  });

  it.each([
    ['schema', 'ticket.v3'],
    ['id', 'not-a-uuid'],
    ['submittedAt', '2026-03-27T16:30:00'],
    ['submittedAt', '27/03/2026 16:30'],
    ['tier', 'gold'],
    ['topic', 'Release not received'],
    ['topic', 42],
    ['priority', 'urgent'],
    ['summary', 'Help'],
    ['summary', 'x'.repeat(151)],
    ['summary', '   Help    '],
    ['description', 'Too short'],
    ['description', 'x'.repeat(5001)],
    ['customer.name', '   '],
    ['customer.name', undefined],
    ['customer.email', 'ann@'],
    ['customer.email', 'ann example.be'],
    ['customer.company', undefined],
    ['customer.customerId', ''],
    ['declaration.reference', 'x'.repeat(36)],
    ['declaration.country', 'Belgium'],
    ['declaration.country', 'be'],
    ['sla.queue', 'billing'],
    ['sla.targetMinutes', 0],
    ['sla.targetMinutes', 1.5],
    ['sla.targetMinutes', '240'],
    ['sla.firstResponseDue', '2026-03-30 12:30'],
    ['sla.timezone', 'Mars/Olympus_Mons'],
    ['source.page', 'https://example.com/support/new/'],
  ])('refuses %s = %j, naming that field', (path, value) => {
    expect(pathsFor(withField(path, value))).toEqual([path]);
  });

  it('says which verdicts exist when the verdict is not one of them', () => {
    expect(issuesFor(withField('verdict', 'maybe'))).toEqual([
      { path: 'verdict', message: 'expected one of covered, upsell, out_of_scope, unknown' },
    ]);
  });

  it('explains an enum, a length and an e-mail problem in words a person can act on', () => {
    const ticket = withField('tier', 'gold');
    ticket.summary = 'Hi';
    ticket.customer.email = 'ann@';
    expect(issuesFor(ticket)).toEqual([
      { path: 'tier', message: 'expected one of basic, premium, active, premium-plus, got "gold"' },
      { path: 'summary', message: 'must be at least 5 characters' },
      { path: 'customer.email', message: 'expected an e-mail address like name@example.com' },
    ]);
  });

  it('refuses something that is not an object at the root', () => {
    expect(issuesFor('ticket')).toEqual([{ path: '', message: `expected a ${TICKET_SCHEMA_ID} object` }]);
    expect(issuesFor(null)).toEqual([{ path: '', message: `expected a ${TICKET_SCHEMA_ID} object` }]);
  });

  it('trims every string and lower-cases the id', () => {
    const ticket = sample();
    ticket.id = ticket.id.toUpperCase();
    ticket.summary = '  Release not received  ';
    ticket.customer.email = ' ann@example.be\n';
    ticket.declaration.reference = ' 26BE000000012345A7 ';
    const result = parseTicket(ticket);
    expect(result).toMatchObject({
      ok: true,
      ticket: {
        id: sample().id,
        summary: 'Release not received',
        customer: { email: 'ann@example.be' },
        declaration: { reference: '26BE000000012345A7' },
      },
    });
  });

  it('keeps a script tag in the text verbatim, as text', () => {
    const description = 'It shows <script>alert("x")</script> & <b>bold</b> in the PLDA screen.';
    const result = parseTicket(withField('description', description));
    expect(result).toMatchObject({ ok: true, ticket: { description } });
  });

  it('accepts a Z offset as well as a numeric one', () => {
    expect(parseTicket(withField('submittedAt', '2026-03-27T15:30:00.123Z')).ok).toBe(true);
  });
});

describe('ticket.v2', () => {
  const v2 = (fields: Record<string, unknown> = {}) => ({
    ...sample(),
    schema: 'ticket.v2',
    tierConfirmed: true,
    ...fields,
  });

  it('accepts a ticket whose customer did not know the tier, with the tiers that cover the topic', () => {
    const ticket = v2({
      tier: 'basic',
      tierConfirmed: false,
      topic: 'declaration-finalisation',
      verdict: 'tier_unconfirmed',
      coveredBy: ['premium', 'active', 'premium-plus'],
    });
    expect(parseTicket(ticket)).toEqual({ ok: true, ticket });
  });

  it('requires tierConfirmed, and refuses it in a v1 ticket', () => {
    const { tierConfirmed: _, ...without } = v2();
    expect(issuesFor(without)).toEqual([{ path: 'tierConfirmed', message: 'required' }]);
    expect(issuesFor({ ...sample(), tierConfirmed: false })).toEqual([
      { path: 'tierConfirmed', message: 'unknown field: ticket.v1 has no "tierConfirmed" here' },
    ]);
  });

  it('carries coveredBy exactly with tier_unconfirmed, and v1 knows no such verdict', () => {
    expect(issuesFor(v2({ verdict: 'tier_unconfirmed' }))).toEqual([
      { path: 'coveredBy', message: 'required' },
    ]);
    expect(issuesFor(v2({ coveredBy: ['premium'] }))).toEqual([
      { path: 'coveredBy', message: 'only allowed when the verdict is tier_unconfirmed' },
    ]);
    expect(issuesFor({ ...sample(), verdict: 'tier_unconfirmed', coveredBy: ['premium'] })).toEqual([
      { path: 'verdict', message: 'expected one of covered, upsell, out_of_scope, unknown' },
    ]);
  });

  it('names both versions when the schema is neither', () => {
    expect(issuesFor(withField('schema', 'ticket.v3'))).toEqual([
      { path: 'schema', message: 'expected "ticket.v1" or "ticket.v2"' },
    ]);
  });
});

describe('declaration references', () => {
  it.each(['26BE000000012345A7', '25NL1234567890ABX9', '26de00000001234bM3'])(
    'accepts the MRN %s',
    (reference) => {
      expect(parseTicket(withField('declaration.reference', reference)).ok).toBe(true);
    },
  );

  it.each(['PO 2026/0042 inbound', 'IMP-000123', 'x'.repeat(35), '2026BE'])(
    'accepts the LRN %j as free text',
    (reference) => {
      expect(parseTicket(withField('declaration.reference', reference)).ok).toBe(true);
    },
  );

  it('refuses an MRN one character short, saying it has 17', () => {
    const [issue] = issuesFor(withField('declaration.reference', '26BE000000012345A'));
    expect(issue?.path).toBe('declaration.reference');
    expect(issue?.message).toMatch(/^looks like an MRN but it has 17; an MRN has 18 characters/);
  });

  it('refuses an 18-character MRN whose procedure character is a digit', () => {
    const [issue] = issuesFor(withField('declaration.reference', '26BE00000001234567'));
    expect(issue?.message).toMatch(/17th character is not a letter/);
  });
});

describe('ticketReference', () => {
  it('gives the same short reference for the same id, whatever its case', () => {
    const id = sample().id;
    expect(ticketReference(id)).toMatch(/^CAS-[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(ticketReference(id.toUpperCase())).toBe(ticketReference(id));
  });

  it('gives different references to a thousand different ids', () => {
    const ids = Array.from(
      { length: 1000 },
      (_, i) => `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
    );
    expect(new Set(ids.map(ticketReference)).size).toBe(1000);
  });
});

describe('ticketJsonSchema', () => {
  it('publishes v2 with tierConfirmed required and coveredBy only on the tier_unconfirmed branch', () => {
    const schema = ticketJsonSchema({ version: 'ticket.v2' }) as any;
    const branches = schema.oneOf ?? schema.anyOf;
    const unconfirmed = branches.find((b: any) => b.properties.verdict.const === 'tier_unconfirmed');
    expect(unconfirmed.required).toEqual(expect.arrayContaining(['tierConfirmed', 'coveredBy']));
    const others = branches.filter((b: any) => b !== unconfirmed);
    for (const branch of others) expect(branch.properties).not.toHaveProperty('coveredBy');
  });

  it('describes a strict object whose upsell branch requires upsellTier and whose other branch has none', () => {
    const schema = ticketJsonSchema({ id: 'https://support.example/schemas/ticket.v1.json' }) as any;
    expect(schema.$id).toBe('https://support.example/schemas/ticket.v1.json');
    expect(schema.title).toBe('ticket.v1');
    const [upsell, other] = schema.oneOf;
    expect(upsell.additionalProperties).toBe(false);
    expect(upsell.required).toContain('upsellTier');
    expect(other.properties.upsellTier).toBeUndefined();
    expect(other.properties.customer.additionalProperties).toBe(false);
    expect(other.properties.summary).toMatchObject({ minLength: 5, maxLength: 150 });
  });
});
