/** Real Chromium (Debian's package) driven by playwright-core, and axe-core run inside the page. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { afterEach, expect, inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.ts';

const require = createRequire(import.meta.url);

export function baseURL(): string {
  return inject('baseURL');
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--no-first-run'] });
}

export interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe on the page for WCAG 2.2 A and AA. No rule is ignored; if one ever must be,
 * list it here with the reason.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // Through the DevTools protocol, as the page's Content Security Policy (rightly) refuses a script tag.
  const devtools = await page.context().newCDPSession(page);
  await devtools.send('Runtime.evaluate', {
    expression: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'),
  });
  await devtools.detach();
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
    });
    return result.violations;
  });
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Console errors and uncaught exceptions since the last `takeConsoleErrors`, from every watched context. */
const consoleErrors: string[] = [];
/** Errors the running test provokes on purpose (a refused or cut-off request). */
let expectedErrors: RegExp[] = [];

/**
 * Records every console error and uncaught exception in the context's pages: a script or style
 * the Content Security Policy blocks, or a script that throws, shows up here.
 */
export function watchConsole(context: BrowserContext): BrowserContext {
  const record = (text: string, url: string) => {
    if (!expectedErrors.some((pattern) => pattern.test(text))) consoleErrors.push(`${url}: ${text}`);
  };
  context.on('console', (message) => {
    if (message.type() === 'error') record(message.text(), message.location().url);
  });
  context.on('weberror', (error) => record(error.error().message, error.page()?.url() ?? ''));
  return context;
}

/** Lets the running test provoke console errors matching these (a request it refuses or cuts off on purpose). */
export function allowConsoleErrors(...patterns: RegExp[]): void {
  expectedErrors.push(...patterns);
}

/** The errors recorded since the last call. */
export function takeConsoleErrors(): string[] {
  expectedErrors = [];
  return consoleErrors.splice(0);
}

/** Makes every test of the file end with no console error recorded. */
export function failOnConsoleErrors(): void {
  afterEach(() => {
    expect(takeConsoleErrors()).toEqual([]);
  });
}

/** A page in a fresh context (its own storage and viewport), watched for console errors. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  return watchConsole(await browser.newContext(options)).newPage();
}
