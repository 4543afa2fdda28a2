/**
 * Files in real Chromium against the real receiver, forwarding to a fake Zendesk (test/fakes/):
 * a file attached on the issue step, listed with its Remove button and checked as it is chosen,
 * reaches the helpdesk byte for byte with the ticket.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startZendeskFake, type ZendeskFake } from '../fakes/zendesk-fake.ts';
import { axeViolations, failOnConsoleErrors, launch, watchConsole } from './browser.ts';
import { freePort, waitFor } from './global-setup.ts';

const ROOT = join(import.meta.dirname, '../..');
const AGENT = { email: 'agent@example.com', token: 'zd-e2e-token' };
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0xde, 0xad,
]);

let browser: Browser;
let zendesk: ZendeskFake;
let receiver: ChildProcess;
let base: string;
const dir = mkdtempSync(join(tmpdir(), 'cas-e2e-attachments-'));

beforeAll(async () => {
  browser = await launch();
  zendesk = await startZendeskFake(AGENT);
  const config = join(dir, 'forwarding.yaml');
  writeFileSync(
    config,
    `targets:\n  - name: helpdesk\n    type: zendesk\n    url: ${zendesk.url}\n    email: ${AGENT.email}\n    tokenEnv: ZENDESK_API_TOKEN\n`,
  );
  const port = await freePort();
  receiver = spawn(process.execPath, [join(ROOT, 'src/receiver/main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      TICKETS_DB: join(dir, 'tickets.sqlite'),
      RATE_LIMIT_PER_MINUTE: '0',
      FORWARDING_CONFIG: config,
      ZENDESK_API_TOKEN: AGENT.token,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/`, receiver);
});

afterAll(async () => {
  await browser?.close();
  receiver?.kill('SIGTERM');
  await zendesk?.close();
  rmSync(dir, { recursive: true, force: true });
});
failOnConsoleErrors();

const press = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).click();
const heading = (page: Page, text: string) =>
  expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 }).toMatch(text);

/** From the issue step (answered) to the check page: covered, normal priority, no declaration, contact details. */
async function toCheckPage(page: Page) {
  await press(page, 'Continue');
  await heading(page, 'Premium Support covers this');
  await press(page, 'Continue');
  await heading(page, 'How urgent is it?');
  await page.getByRole('radio', { name: 'Normal' }).check();
  await press(page, 'Continue');
  await heading(page, 'Which declaration is it about?');
  await press(page, 'Continue');
  await page.getByRole('textbox', { name: 'Full name', exact: true }).fill('Ann Peeters');
  await page.getByRole('textbox', { name: 'E-mail address', exact: true }).fill('ann.peeters@example.com');
  await page.getByRole('textbox', { name: 'Company', exact: true }).fill('Peeters Logistics');
  await press(page, 'Continue');
  await heading(page, 'Check your answers before sending your ticket');
}

describe('attaching files', () => {
  it('sends an attached screenshot to the helpdesk byte for byte, after refusing a program by name', async () => {
    const page = await watchConsole(await browser.newContext()).newPage();
    await page.goto(`${base}/support/new/?tier=premium&topic=declaration-finalisation`);
    await heading(page, 'What is your support tier?');
    await press(page, 'Continue');
    await heading(page, 'What is wrong?');
    const summary = `Rejected with a screenshot ${Date.now()}`;
    await page.getByRole('textbox', { name: 'Summary', exact: true }).fill(summary);
    await page
      .getByRole('textbox', { name: 'Description', exact: true })
      .fill('The declaration was rejected: see the screenshot.');

    // The no-JavaScript form's own file input is hidden under the wizard.
    const input = page.locator('#attachments');
    await input.setInputFiles({
      name: 'setup.exe',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('MZ'),
    });
    await page.getByText('setup.exe must be a PDF, PNG, JPEG, XML, TXT, CSV or EML').waitFor();
    expect(await input.getAttribute('aria-invalid')).toBe('true');

    await input.setInputFiles({ name: 'rejection.png', mimeType: 'image/png', buffer: PNG });
    const remove = page.getByRole('button', { name: 'Remove rejection.png' });
    await remove.waitFor();
    expect(await page.getByRole('list', { name: 'Attached files' }).innerText()).toContain(
      'rejection.png (18 bytes)',
    );
    expect(await axeViolations(page)).toEqual([]);

    await toCheckPage(page);
    const files = page.locator('.summary-row', { has: page.locator('dt', { hasText: 'Files' }) });
    expect(await files.locator('dd').first().innerText()).toBe('rejection.png (18 bytes)');
    // "Change" goes back to the issue step, which still holds the file, and Continue comes back.
    await files.getByRole('link', { name: 'Change files' }).click();
    await heading(page, 'What is wrong?');
    await page.getByRole('button', { name: 'Remove rejection.png' }).waitFor();
    await press(page, 'Continue');
    await heading(page, 'Check your answers before sending your ticket');
    await press(page, 'Send ticket');
    await heading(page, 'Ticket sent');

    await expect.poll(() => zendesk.tickets.length, { timeout: 15_000 }).toBe(1);
    const [ticket] = zendesk.tickets;
    expect(ticket?.subject).toMatch(summary);
    expect(ticket?.requester).toEqual({ name: 'Ann Peeters', email: 'ann.peeters@example.com' });
    const uploads = (ticket?.comment.uploads ?? []).map((token) => zendesk.uploads.get(token));
    expect(uploads).toHaveLength(1);
    expect(uploads[0]?.filename).toBe('rejection.png');
    expect(uploads[0]?.type).toBe('image/png');
    expect(uploads[0]?.bytes.equals(PNG)).toBe(true);
    await page.context().close();
  });

  it('keeps a file chosen offline with its ticket and uploads it before the ticket once the connection returns', async () => {
    const before = zendesk.tickets.length;
    const context = watchConsole(await browser.newContext());
    const page = await context.newPage();
    await page.goto(`${base}/support/new/?tier=premium&topic=declaration-finalisation`);
    await heading(page, 'What is your support tier?');
    await press(page, 'Continue');
    await heading(page, 'What is wrong?');
    const summary = `Rejected while offline ${Date.now()}`;
    await page.getByRole('textbox', { name: 'Summary', exact: true }).fill(summary);
    await page
      .getByRole('textbox', { name: 'Description', exact: true })
      .fill('Written on the train, sent later.');
    await context.setOffline(true);
    const XML = Buffer.from('<?xml version="1.0"?><CC056C><Error>12</Error></CC056C>');
    await page
      .locator('#attachments')
      .setInputFiles({ name: 'CC056C.xml', mimeType: 'text/xml', buffer: XML });
    await page.getByRole('button', { name: 'Remove CC056C.xml' }).waitFor();
    await toCheckPage(page);
    await press(page, 'Send ticket');
    await heading(page, 'Your ticket is not sent yet');

    await context.setOffline(false);
    await heading(page, 'Ticket sent');
    await expect.poll(() => zendesk.tickets.length, { timeout: 15_000 }).toBe(before + 1);
    const ticket = zendesk.tickets.at(-1);
    expect(ticket?.subject).toMatch(summary);
    const [upload] = (ticket?.comment.uploads ?? []).map((token) => zendesk.uploads.get(token));
    expect(upload?.filename).toBe('CC056C.xml');
    expect(upload?.bytes.equals(XML)).toBe(true);
    await context.close();
  });
});
