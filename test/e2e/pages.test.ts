/**
 * The pages customers and salespeople use, in real Chromium: nothing scrolls sideways on a phone,
 * every level of a two-tier view is readable there, the matrix scrolls with the page on a desktop,
 * the pair page copies its link and prints what paper needs, and the tier finder answers, by
 * keyboard, from an address that can be sent, with a complete list without JavaScript.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseURL, failOnConsoleErrors, launch, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});
failOnConsoleErrors();

const newPage = (viewport = { width: 1280, height: 900 }, javaScriptEnabled = true): Promise<Page> =>
  openPage(browser, { viewport, javaScriptEnabled });

/** Every page the sitemap lists, as a path. */
function sitemapPaths(): string[] {
  const xml = readFileSync(join(import.meta.dirname, '../../dist/sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname);
}

const PHONE = { width: 390, height: 844 };

describe('on a phone (390 × 844)', () => {
  it('no page scrolls sideways: every page of the sitemap, a chosen view, a long filter and a finder answer', async () => {
    const page = await newPage(PHONE);
    const paths = [
      ...sitemapPaths(),
      '/compare/?tiers=basic,premium&diff=1',
      // The caption repeats the filter: a long word typed there wraps.
      `/compare/?q=${'Zollanmeldungsbearbeitungsfehlermeldung'.repeat(3)}`,
      '/which-tier/?topics=declaration-finalisation,decision-tables',
    ];
    expect(paths.length).toBeGreaterThan(40);
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(baseURL() + path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) wide.push(`${path}: ${width}`);
    }
    expect(wide).toEqual([]);
    await page.context().close();
  });

  it('every level in a two-tier view is readable: whole, inside the screen, named by its tier', async () => {
    const page = await newPage(PHONE);
    for (const path of ['/compare/?tiers=basic,premium', '/compare/basic-vs-premium/']) {
      await page.goto(baseURL() + path);
      // The pair page folds the topics the two treat alike: open them too.
      for (const folded of await page.locator('details summary').all()) await folded.click();
      const cells = await page.locator('td:visible').evaluateAll((tds) =>
        tds.map((td) => {
          const box = td.getBoundingClientRect();
          return {
            text: (td as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
            inside: box.left >= 0 && box.right <= 390,
            whole: td.scrollWidth <= td.clientWidth + 1,
            label: getComputedStyle(td, '::before').content,
          };
        }),
      );
      expect(cells.length, path).toBeGreaterThanOrEqual(29 * 2);
      for (const cell of cells) {
        expect(cell, `${path}: ${cell.text}`).toMatchObject({ inside: true, whole: true });
        expect(cell.label, `${path}: ${cell.text}`).toMatch(/^"(Basic|Premium) Support/);
      }
    }
    await page.context().close();
  });
});

describe('on a desktop (1280 × 900)', () => {
  it('the matrix scrolls with the page: its last row is reached by scrolling, the header row stays in view', async () => {
    const page = await newPage();
    await page.goto(`${baseURL()}/compare/`);
    const inner = await page.locator('.matrix').evaluate((table) => {
      for (let node = table.parentElement; node; node = node.parentElement) {
        const { overflowX, overflowY } = getComputedStyle(node);
        if (/auto|scroll|hidden/.test(overflowX + overflowY)) return node.tagName;
      }
      return null;
    });
    expect(inner).toBeNull();
    // Scroll the page itself to the last row: it is whole on screen and nothing covers it.
    const lastRow = page.locator('.matrix tbody tr').last();
    await lastRow.evaluate((row) =>
      window.scrollTo(0, row.getBoundingClientRect().top + window.scrollY - 450),
    );
    const box = (await lastRow.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    expect(
      await lastRow.evaluate((row) => {
        const box = row.getBoundingClientRect();
        return row.contains(document.elementFromPoint(box.left + 20, box.top + box.height / 2));
      }),
    ).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('tr[data-topic]').nth(20).scrollIntoViewIfNeeded();
    const header = (await page.locator('.matrix thead th').first().boundingBox())!;
    expect(Math.abs(header.y)).toBeLessThan(2);
    await page.context().close();
  });
});

describe('the pair page', () => {
  it('copies its own address, and its print-out has the title, the date and the address but no link chrome', async () => {
    const page = await newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL() });
    await page.goto(`${baseURL()}/compare/basic-vs-premium/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Basic Support and Premium Support compared',
    );
    await page.getByRole('button', { name: 'Copy link to this comparison' }).click();
    await page.getByText('Link copied').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL()}/compare/basic-vs-premium/`,
    );
    expect(await page.getByRole('link', { name: 'Talk to us about upgrading' }).getAttribute('href')).toBe(
      '/support/new/?intent=upgrade&from=basic&to=premium',
    );

    await page.emulateMedia({ media: 'print' });
    const header = page.locator('print-header');
    expect(await header.isVisible()).toBe(true);
    const printed = (await header.innerText()).replace(/\s+/g, ' ');
    expect(printed).toContain('CAS support catalogue · Basic Support and Premium Support compared');
    expect(printed).toMatch(/Printed \d{1,2} [A-Z][a-z]+ \d{4} from /);
    expect(printed).toContain(`${baseURL()}/compare/basic-vs-premium/`);
    for (const chrome of ['.site-header', '.site-footer', '.actions', 'copy-link']) {
      expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
    }
    await page.context().close();
  });

  it('the full matrix prints its notes without "Back to the table"', async () => {
    const page = await newPage();
    await page.goto(`${baseURL()}/compare/`);
    await page.emulateMedia({ media: 'print' });
    expect(
      await page
        .getByRole('link', { name: /Back to the table/ })
        .first()
        .isVisible(),
    ).toBe(false);
    expect(await page.locator('.matrix-notes li').first().isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('the tier finder', () => {
  it('by keyboard: "release not received" and "decision tables" answer Active, and the address keeps the choice', async () => {
    const page = await newPage();
    await page.goto(`${baseURL()}/which-tier/`);
    for (const topic of [
      'Declarations stuck before their final status',
      'Decision tables within your existing flows',
    ]) {
      await page.getByRole('checkbox', { name: topic }).focus();
      await page.keyboard.press('Space');
    }
    await page.getByRole('button', { name: 'Find the tier' }).focus();
    await page.keyboard.press('Enter');
    const answer = page.getByRole('heading', { name: 'Active Support covers it all' });
    await answer.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('finder-answer');
    expect(new URL(page.url()).search).toBe('?topics=declaration-finalisation,decision-tables');
    expect(await axeViolations(page)).toEqual([]);

    // The address alone gives the same answer, on another device.
    const other = await newPage(PHONE);
    await other.goto(page.url());
    await other.getByRole('heading', { name: 'Active Support covers it all' }).waitFor();
    expect(
      await other.getByRole('checkbox', { name: 'Decision tables within your existing flows' }).isChecked(),
    ).toBe(true);
    await other.context().close();
    await page.context().close();
  });

  it('sets apart what no tier covers', async () => {
    const page = await newPage();
    await page.goto(`${baseURL()}/which-tier/?topics=tariff-classification,cas-navigation`);
    await page.getByRole('heading', { name: 'Basic Support covers it all' }).waitFor();
    expect(await page.locator('.finder-result').innerText()).toContain(
      'Tariff classification, duty rates and tariff measures',
    );
    await page.context().close();
  });

  it('without JavaScript lists every topic with the lowest tier that covers it, and no form', async () => {
    const page = await newPage(PHONE, false);
    await page.goto(`${baseURL()}/which-tier/?topics=decision-tables`);
    const catalogue = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../dist/catalogue.json'), 'utf8'),
    ) as {
      topics: unknown[];
    };
    expect(await page.locator('.finder-list tbody tr:visible').count()).toBe(catalogue.topics.length);
    expect(await page.getByRole('button', { name: 'Find the tier' }).isVisible()).toBe(false);
    expect(
      await page.getByRole('row', { name: /Decision tables within your existing flows/ }).innerText(),
    ).toContain('Active Support: included');
    await page.context().close();
  });
});
