/**
 * The built pages speak to customers and salespeople: no drafting material, the six pair pages
 * with what the higher tier adds, sources in words, and the tier finder's list complete without
 * JavaScript. Expected values are read off catalogue-facts.md.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distFiles, readDist } from './built-site.ts';
import { FACTS } from './facts-table.ts';

beforeAll(assertBuilt);

/** What a page for customers must never say: a seed file's name, or our drafting voice. */
const DRAFTING = [/\d{3}_[0-9a-f]{16}\.txt/, /we assume/i, /to be confirmed/i];

/** Every file the site serves as text: pages, exports, data, the sitemap (not the compressed copies or Pagefind's binary index). */
const servedText = () => distFiles().filter((path) => /\.(html|json|csv|xml|txt)$/.test(path));

/** A page's text without its markup, scripts and styles, spaces collapsed. */
function text(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&nbsp;', ' ')
    .replace(/\s+/g, ' ');
}

describe('no drafting material reaches a reader', () => {
  it('no served page, export or data file names a seed file, says "we assume" or "to be confirmed"', () => {
    const files = servedText();
    expect(files.length).toBeGreaterThan(40);
    const found = files.flatMap((path) =>
      DRAFTING.filter((pattern) => pattern.test(readDist(path))).map((pattern) => `${path}: ${pattern}`),
    );
    expect(found).toEqual([]);
  });

  it('the check itself sees each of them', () => {
    const page =
      'Sources: 000_16edb31cbe80d9c2.txt. Not described; we assume the same. (inferred) to be confirmed';
    expect(DRAFTING.map((pattern) => pattern.test(page))).toEqual([true, true, true]);
  });
});

describe('topic pages', () => {
  const finalisation = () => text(readDist('topics/declaration-finalisation/index.html'));

  it('name their sources as documents and sections in words', () => {
    expect(finalisation()).toContain(
      'Premium Support service description, section 2: Declaration finalisation support',
    );
    expect(finalisation()).toContain(
      'Basic Support service description, section “What is not included in Basic Support?”',
    );
  });

  it('say what each tier does from the cells, and how a customer might describe it, not the matcher’s words', () => {
    const page = finalisation();
    expect(page).toContain('Premium Support ✓ Included: help on a ticket you raise.');
    expect(page).toContain('Active Support ◎ Proactive: we watch for it and reach out to you first.');
    expect(page).toContain('You might describe it as…');
    expect(page).not.toContain('What customers say');
    expect(page).toContain(
      'Also called: Release not received, Exit confirmation not received, Goods not arrived',
    );
    expect(page).not.toMatch(/Also called:[^.]*NCTS/);
  });

  it('tell the reader an unstated cell is not stated and to ask us', () => {
    expect(text(readDist('topics/decision-tables/index.html'))).toContain(
      'Premium Plus Support ✓ Included: help on a ticket you raise. The service description does not state this: ask us what applies to your contract.',
    );
  });

  it('give every alternative a link or an address', () => {
    expect(text(readDist('topics/tariff-classification/index.html'))).toContain(
      'Write to gtm@customs4trade.com',
    );
    expect(readDist('topics/own-systems-and-data/index.html')).toMatch(
      /<a href="\/support\/new\/\?topic=cas-incidents"[^>]*>Raise a ticket about a CAS incident<\/a>/,
    );
  });
});

describe('pairs of tiers', () => {
  const PAIRS = [
    'basic-vs-premium',
    'basic-vs-active',
    'basic-vs-premium-plus',
    'premium-vs-active',
    'premium-vs-premium-plus',
    'active-vs-premium-plus',
  ];

  it('the six pair pages are built and in the sitemap, and /compare/ links every one', () => {
    const sitemap = readDist('sitemap-0.xml');
    const compare = readDist('compare/index.html');
    for (const pair of PAIRS) {
      expect(distFiles('index.html'), pair).toContain(`compare/${pair}/index.html`);
      expect(sitemap, pair).toContain(`/compare/${pair}/</loc>`);
      expect(compare, pair).toContain(`href="/compare/${pair}/"`);
    }
    expect(distFiles('index.html').filter((path) => /^compare\/[^/]+-vs-/.test(path))).toHaveLength(6);
  });

  it('Basic and Premium: what Premium adds, as the facts count it, then the ten topics where they differ', () => {
    const page = text(readDist('compare/basic-vs-premium/index.html'));
    expect(page).toContain(
      'Premium Support covers 10 topics that Basic Support does not: 8 on a ticket you raise and 2 with advice.',
    );
    expect(page).toContain(
      'With advice: Business Continuity Procedure (BCP) when customs is down and Amending, invalidating or deleting a declaration.',
    );
    expect(page).toContain('Basic Support and Premium Support: the 10 topics where they differ');
    expect(page).toContain('the 19 topics they treat alike');
  });

  it('show the notes of the two tiers shown and no other', () => {
    const page = text(readDist('compare/basic-vs-premium/index.html'));
    expect(page).toContain(
      'For new or complex customs errors, with your approval, and to finalise declarations.',
    );
    expect(page).not.toContain('Through decision tables.');
    expect(text(readDist('compare/premium-vs-active/index.html'))).toContain('Through decision tables.');
  });

  it('ask us about upgrading through the wizard, as a question to sales', () => {
    expect(readDist('compare/premium-vs-active/index.html')).toContain(
      'href="/support/new/?intent=upgrade&amp;from=premium&amp;to=active"',
    );
  });
});

describe('the tier finder', () => {
  it('lists every topic with the lowest tier that covers it, complete without JavaScript', () => {
    const page = readDist('which-tier/index.html');
    const rows = [...page.matchAll(/<tr data-topic="([^"]+)"[\s\S]*?<\/tr>/g)];
    expect(rows.map((row) => row[1]).sort()).toEqual(Object.keys(FACTS).sort());
    const lowest = (id: string) => text(rows.find((row) => row[1] === id)![0]).trim();
    expect(lowest('declaration-finalisation')).toMatch(/Premium Support: included$/);
    expect(lowest('decision-tables')).toMatch(/Active Support: included$/);
    expect(lowest('business-continuity-procedure')).toMatch(/Premium Support: guidance$/);
    expect(lowest('document-services')).toMatch(/No tier covers it: Document services subscription$/);
  });
});
