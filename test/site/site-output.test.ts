import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distFiles, readDist } from './built-site.ts';
import { FACTS } from './facts-table.ts';

beforeAll(assertBuilt);

const TIERS = ['basic', 'premium', 'active', 'premium-plus'];

describe('the built site', () => {
  it('has the four tier pages and one page per topic', () => {
    const html = distFiles('index.html');
    for (const tier of TIERS) expect(html).toContain(`tiers/${tier}/index.html`);
    const topics = html.filter((path) => path.startsWith('topics/'));
    expect(topics.length).toBeGreaterThanOrEqual(25);
    expect(topics.length).toBe(Object.keys(FACTS).length);
  });

  it('has a comparison table with one row per topic and one column per tier, tiers in rank order', () => {
    const page = readDist('compare/index.html');
    expect(page.match(/<tr[^>]*data-topic=/g)?.length).toBe(Object.keys(FACTS).length);
    const headers = [...page.matchAll(/<th scope="col" data-tier="([^"]+)"/g)].map((m) => m[1]);
    expect(headers).toEqual(TIERS);
  });

  it('publishes both exports, the sitemap and the Pagefind index', () => {
    const catalogue = JSON.parse(readDist('catalogue.json'));
    expect(catalogue.tiers.map((t: { id: string }) => t.id)).toEqual(TIERS);
    const csv = readDist('compare.csv').trimEnd().split('\r\n');
    expect(csv).toHaveLength(Object.keys(FACTS).length + 1);
    expect(csv[0]).toMatch(/^topic,title,category,basic,premium,active,premium-plus,/);
    expect(distFiles()).toContain('sitemap-index.xml');
    expect(distFiles()).toContain('pagefind/pagefind.js');
    expect(distFiles('.pf_meta').length).toBeGreaterThan(0);
  });

  it('gives every page a title, a description and a canonical URL', () => {
    for (const path of distFiles('.html')) {
      const page = readDist(path);
      expect(page, path).toMatch(/<title>[^<]+<\/title>/);
      expect(page, path).toMatch(/<meta name="description" content="[^"]+"/);
      expect(page, path).toMatch(/<link rel="canonical" href="[^"]+"/);
    }
  });

  it('ships no framework code on catalogue pages', () => {
    const pages = distFiles('.html').filter((p) => !p.startsWith('support/'));
    for (const path of pages) {
      const page = readDist(path);
      expect(page, path).not.toMatch(/astro-island|preact/i);
      for (const [, src] of page.matchAll(/<script[^>]*src="([^"]+)"/g)) {
        expect(readDist(src!.replace(/^\//, '')), `${path} loads ${src}`).not.toMatch(
          /preact|__PREACT|astro-island/i,
        );
      }
    }
  });

  it('every page passes the HTML validator', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:standard', 'html-validate:document'],
      rules: {
        // Astro writes its own doctype and attribute order; these rules only restate formatting choices.
        'attribute-boolean-style': 'off',
        'no-trailing-whitespace': 'off',
        // Subresource integrity protects files from other origins; every script here is served by the site itself.
        'require-sri': 'off',
      },
    });
    const failures: string[] = [];
    for (const path of distFiles('.html')) {
      const report = await validator.validateString(readDist(path), path);
      for (const result of report.results) {
        for (const message of result.messages)
          failures.push(`${path}:${message.line} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
