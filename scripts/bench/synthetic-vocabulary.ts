/**
 * Words for synthetic topics: the things customs declarants raise tickets about, what goes wrong
 * with them, and where. A topic is one (subject, problem, context) combination, so topics share
 * words the way real ones do ("declaration", "rejected", "Antwerp") and the matcher has to rank
 * rather than just look up. Nothing here may contain `{`, `}` or `<`: the words end up in MDX.
 */

export const SUBJECTS = [
  'import declaration',
  'export declaration',
  'transit declaration',
  'NCTS movement',
  'PLDA message',
  'IDMS filing',
  'AES export',
  'ICS2 entry summary',
  'EMCS e-AD',
  'customs warehouse stock',
  'inward processing bill',
  'outward processing return',
  'end-use authorisation',
  'guarantee balance',
  'EORI registration',
  'MRN',
  'LRN sequence',
  'HS code',
  'excise document',
  'VAT deferment',
  'commercial invoice',
  'packing list',
  'certificate of origin',
  'T1 document',
  'temporary storage',
  'container release',
  'bonded warehouse',
  'duty calculation',
  'preferential origin proof',
  'binding tariff information',
  'licence check',
  'sanctions screening',
  'port community message',
  'cargo manifest',
  'arrival notification',
  'exit confirmation',
  'goods item',
  'party master data',
  'product master',
  'declaration template',
] as const;

/** Past participles and states: each reads after "is" and after a noun ("declaration rejected"). */
export const PROBLEMS = [
  'rejected',
  'stuck',
  'missing',
  'duplicated',
  'not released',
  'sent twice',
  'wrongly valued',
  'blocked',
  'timed out',
  'not acknowledged',
  'cancelled',
  'incorrect',
  'delayed',
  'not arriving',
  'failing validation',
  'out of sync',
  'locked',
  'empty',
  'corrupted',
  'not printing',
  'not updating',
  'very slow',
  'overwritten',
  'lost',
  'refused by customs',
  'on hold',
  'selected for control',
  'amended by mistake',
  'invalidated',
  'expired',
] as const;

export const CONTEXTS = [
  'in Antwerp',
  'in Rotterdam',
  'at Zeebrugge',
  'in Liège',
  'at Brussels Airport',
  'for the UK',
  'after the release',
  'since the upgrade',
  'at month end',
  'for excise goods',
  'for perishables',
  'for pharma shipments',
  'for our Dutch entity',
  'over the weekend',
  'during the outage',
  'for bulk uploads',
  'via the API',
  'from our ERP',
  'in the portal',
  'for re-exports',
  'for returned goods',
  'for samples',
  'for e-commerce parcels',
  'for steel imports',
  'for chemicals',
  'for spare parts',
  'for vehicles',
  'for textiles',
  'for food products',
  'for electronics',
] as const;

/** Example phrases as customers write them; `$S`, `$P` and `$C` stand for subject, problem and context. */
export const EXAMPLE_TEMPLATES = [
  'Our $S was $P $C this morning, can you check?',
  'Since yesterday every $S $C is $P',
  '$S $P again $C, the truck is waiting',
  'Customs says the $S is $P, what do we do now?',
  'We see $S $P $C for the third time this week',
  'Why is my $S $P?',
  'Urgent: $S $P $C',
  'Can you help with the $S that is $P $C',
  'The $S we sent $C shows as $P in CAS',
  'Colleagues report the $S $P, nobody knows why',
] as const;

/** Where to go instead, for topics no tier covers. */
export const ALTERNATIVES = [
  {
    name: 'Customs consultancy',
    description: 'Ask your customs consultant or broker; support does not give legal advice.',
  },
  {
    name: 'Your own IT team',
    description: 'The problem sits in your own systems; your IT team or ERP partner can fix it.',
  },
  {
    name: 'Professional services',
    description: 'Request a quote from our professional services team for project work.',
  },
] as const;

/** How tier pages describe each coverage level in a sentence. */
export const LEVEL_PHRASES: Record<string, string> = {
  included: 'included; raise a ticket and we investigate and propose a fix',
  proactive: 'we spot it in your flow and contact you before you notice',
  managed: 'we handle it for you end to end and report back',
  guidance: 'we explain what to do and you carry it out',
  'on-request': 'available when you ask for it, under the terms of your contract',
  'not-included': 'not part of this tier',
};
