import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  allowConsoleErrors,
  axeViolations,
  baseURL,
  failOnConsoleErrors,
  launch,
  takeConsoleErrors,
  watchConsole,
} from './browser.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  page = await watchConsole(await browser.newContext()).newPage();
});
afterEach(async () => {
  await page.context().close();
});
failOnConsoleErrors();

/** Every page the sitemap lists, as a path, plus the 404 page. */
function sitemapPaths(): string[] {
  const dist = join(import.meta.dirname, '../../dist');
  const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
  const paths: string[] = [];
  for (const [, sitemap] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const xml = readFileSync(join(dist, new URL(sitemap!).pathname), 'utf8');
    for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(new URL(loc!).pathname);
  }
  return paths;
}

describe('accessibility', () => {
  it('the axe check itself reports a real violation', async () => {
    await page.setContent(
      '<!doctype html><html lang="en"><title>t</title><main><img src="x.png"></main></html>',
    );
    expect((await axeViolations(page)).some((v) => v.startsWith('image-alt'))).toBe(true);
  });

  it('axe finds no WCAG 2.2 A/AA violation on any page of the sitemap or the 404 page', async () => {
    const paths = [...sitemapPaths(), '/no-such-page/'];
    allowConsoleErrors(/^Failed to load resource: the server responded with a status of 404/);
    expect(paths.length).toBeGreaterThan(30);
    const failures: string[] = [];
    for (const path of paths) {
      await page.goto(baseURL() + path);
      for (const violation of await axeViolations(page)) failures.push(`${path} ${violation}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('comparison matrix', () => {
  const rows = () => page.locator('tr[data-topic]:visible');

  it('filters, shows differences only and chooses tiers by keyboard, and the URL keeps the view', async () => {
    await page.goto(`${baseURL()}/compare/`);
    const total = await rows().count();
    expect(total).toBeGreaterThanOrEqual(25);

    await page.getByRole('searchbox', { name: 'Filter topics' }).focus();
    await page.keyboard.type('alert');
    await expect.poll(() => rows().count()).toBeLessThan(total);
    const filtered = await rows().count();
    expect(filtered).toBeGreaterThan(0);
    for (const title of await rows().locator('th').allTextContents()) expect(title.length).toBeGreaterThan(0);

    // Keyboard only: tab to each checkbox and press space.
    await page.getByRole('checkbox', { name: 'Active Support' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('checkbox', { name: 'Premium Plus Support' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('checkbox', { name: 'Show differences only' }).focus();
    await page.keyboard.press('Space');

    await expect.poll(() => new URL(page.url()).search).toBe('?tiers=basic,premium&diff=1&q=alert');
    expect(await page.getByRole('columnheader', { name: 'Active Support' }).isVisible()).toBe(false);
    const view = await rows().evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-levels')));
    for (const levels of view) {
      const basic = /basic:(\S+)/.exec(levels!)![1];
      const premium = /premium:(\S+)/.exec(levels!)![1];
      expect(basic).not.toBe(premium);
    }
    const shown = await rows().count();

    await page.reload();
    expect(await page.getByRole('searchbox', { name: 'Filter topics' }).inputValue()).toBe('alert');
    expect(await page.getByRole('checkbox', { name: 'Show differences only' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Active Support' }).isChecked()).toBe(false);
    expect(await rows().count()).toBe(shown);
    expect(await page.getByRole('status').filter({ hasText: 'Showing' }).textContent()).toMatch(
      `Showing ${shown} of ${total} topics`,
    );
  });

  it('is complete without JavaScript: every row and column, no controls', async () => {
    const context = watchConsole(await browser.newContext({ javaScriptEnabled: false }));
    const plain = await context.newPage();
    await plain.goto(`${baseURL()}/compare/?tiers=basic&q=alert`);
    expect(await plain.locator('tr[data-topic]:visible').count()).toBeGreaterThanOrEqual(25);
    expect(await plain.getByRole('columnheader', { name: 'Premium Plus Support' }).isVisible()).toBe(true);
    expect(await plain.getByRole('searchbox', { name: 'Filter topics' }).count()).toBe(0);
    await context.close();
  });

  it('names the view in its caption and keeps the notes to the tiers and topics shown, numbered again', async () => {
    await page.goto(`${baseURL()}/compare/?tiers=premium,active&diff=1`);
    const caption = page.locator('caption');
    await expect
      .poll(() => caption.textContent())
      .toBe('Premium Support and Active Support: the topics where they differ');
    const notes = page.locator('.matrix-notes li:visible');
    const texts = await notes.allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    for (const note of texts) expect(note).toMatch(/, (Premium|Active) Support: /);
    // The first note shown is number 1 in the table too.
    const firstRef = page.locator('tr[data-topic]:visible sup a').first();
    expect(await firstRef.innerText()).toMatch(/1$/);
  });
});

describe('security headers', () => {
  it('the Content Security Policy blocks an injected inline script, and the console check sees it', async () => {
    await page.goto(`${baseURL()}/`);
    await page.addScriptTag({ content: 'window.injected = true;' }).catch(() => undefined);
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
    expect(takeConsoleErrors()).toEqual([
      expect.stringMatching(/violates the following Content Security Policy/),
    ]);
  });
});

describe('search', () => {
  it('loads Pagefind only on use, and "release not received" finds the finalisation topic first', async () => {
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    await page.goto(`${baseURL()}/`);
    expect(loaded.some((path) => path.startsWith('/pagefind/'))).toBe(false);
    const box = page.getByRole('searchbox', { name: 'Search the catalogue' });
    await box.focus();
    await page.keyboard.type('release not received');
    const first = page.locator('.search-results li a').first();
    await expect
      .poll(() => first.getAttribute('href'), { timeout: 10_000 })
      .toBe('/topics/declaration-finalisation/');
    expect(loaded.some((path) => path.startsWith('/pagefind/'))).toBe(true);
  });

  it('narrows results with the "Covered by" filter to topics that tier covers', async () => {
    const catalogue = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../dist/catalogue.json'), 'utf8'),
    ) as {
      topics: { id: string; coverage: Record<string, { level: string }> }[];
    };
    const basicCovers = new Set(
      catalogue.topics
        .filter((t) => t.coverage.basic!.level !== 'not-included')
        .map((t) => `/topics/${t.id}/`),
    );
    await page.goto(`${baseURL()}/`);
    await page.getByRole('searchbox', { name: 'Search the catalogue' }).focus();
    await page.keyboard.type('declaration');
    const status = page.getByRole('status').filter({ hasText: 'for “declaration”' });
    await expect.poll(() => status.count(), { timeout: 10_000 }).toBe(1);
    const before = Number((await status.textContent())!.split(' ')[0]);
    await page
      .getByRole('group', { name: 'Covered by' })
      .getByRole('checkbox', { name: 'Basic Support' })
      .check();
    await expect.poll(async () => Number((await status.textContent())!.split(' ')[0])).toBeLessThan(before);
    const hrefs = await page
      .locator('.search-results li a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(basicCovers.has(href!), href!).toBe(true);
  });
});
