/**
 * The intake wizard in real Chromium against the real receiver: the three verdict paths end in
 * the ticket database, the keyboard alone is enough, axe is clean on every step and state, the
 * browser's back button walks back, and delivery survives a stopped receiver and a double click.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Ticket } from '../../src/domain/ticket.ts';
import { ticketReference } from '../../src/domain/ticket-reference.ts';
import type { WizardData } from '../../src/wizard/wizard-data.ts';
import {
  allowConsoleErrors,
  axeViolations,
  baseURL,
  failOnConsoleErrors,
  launch,
  watchConsole,
} from './browser.ts';

const data = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../dist/data/wizard.json'), 'utf8'),
) as WizardData;
const title = (topic: string) => data.catalogue.topics.find((t) => t.id === topic)!.title;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});
failOnConsoleErrors();

/** A page in a fresh context (its own storage), optionally in another time zone. */
async function newPage(options: BrowserContextOptions = {}): Promise<Page> {
  const context = watchConsole(await browser.newContext(options));
  return context.newPage();
}

interface Row {
  id: string;
  reference: string;
  payload: string;
  server_verdict: string;
  server_upsell_tier: string | null;
  server_queue: string;
  server_due: string;
  mismatch: string | null;
}

/** Tickets stored by the receiver, read-only. */
function stored(where: string, value: string): Row[] {
  const db = new DatabaseSync(inject('ticketsDb'), { readOnly: true });
  try {
    return db.prepare(`SELECT * FROM tickets WHERE ${where} = ?`).all(value) as unknown as Row[];
  } finally {
    db.close();
  }
}

const storedBySummary = (summary: string) => stored("json_extract(payload, '$.summary')", summary);

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** What the wizard shows, as a person reads it. */
const wizardText = (page: Page) => page.locator('.wizard').first().innerText();

async function expectNoAxeViolations(page: Page, where: string) {
  expect(await axeViolations(page), where).toEqual([]);
}

/**
 * The step shows this question as its `<h1>`, has focus on it and says its number in the title,
 * out of 8, or out of 7 where no priority is asked (an upsell, out of scope).
 */
async function expectStep(page: Page, step: number, heading: string | RegExp, focused = true, of = 8) {
  await expect.poll(() => h1(page).textContent(), { timeout: 10_000 }).toMatch(heading);
  await expect.poll(() => page.title()).toMatch(new RegExp(`^Step ${step} of ${of}: `));
  if (focused) await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('step-heading');
}

async function open(page: Page, query = '') {
  await page.goto(`${baseURL()}/support/new/${query}`);
  await expectStep(page, 1, 'What is your support tier?', false);
}

/** Holds back what `page` asks for at `pattern` until the function returned is called. */
async function holdBack(page: Page, pattern: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const press = (page: Page, name: string | RegExp) => page.getByRole('button', { name }).click();

async function describeIssue(page: Page, summary: string, description: string, topic: string | null) {
  await page.getByRole('textbox', { name: 'Summary', exact: true }).fill(summary);
  await page.getByRole('textbox', { name: 'Description', exact: true }).fill(description);
  const choice = topic ? title(topic) : 'None of these';
  await page.getByRole('radio', { name: choice, exact: true }).check();
}

/** A Premium ticket about a release not received, at `moment` on a Brussels clock, taken to the verdict step. */
async function premiumVerdictAt(moment: string): Promise<Page> {
  const page = await newPage({ timezoneId: 'Europe/Brussels' });
  await page.clock.setFixedTime(new Date(moment));
  await open(page, '?tier=premium&topic=declaration-finalisation');
  await press(page, 'Continue');
  await page.getByRole('textbox', { name: 'Summary', exact: true }).fill('Release not received');
  await page
    .getByRole('textbox', { name: 'Description', exact: true })
    .fill('Still no release for yesterday’s import.');
  await press(page, 'Continue');
  await expectStep(page, 3, 'Premium Support covers this');
  return page;
}

async function fillContact(page: Page) {
  await page.getByRole('textbox', { name: 'Full name', exact: true }).fill('Ann Peeters');
  await page.getByRole('textbox', { name: 'E-mail address', exact: true }).fill('ann.peeters@example.com');
  await page.getByRole('textbox', { name: 'Company', exact: true }).fill('Peeters Logistics');
}

/**
 * Exactly one stored ticket with this summary, with the verdict and queue expected, and the server's
 * due time agreeing with the browser's unless `mismatch` names the fields the server flagged.
 */
async function expectStored(
  summary: string,
  expected: { verdict: string; queue: string; upsellTier?: string; mismatch?: string[] },
) {
  await expect.poll(() => storedBySummary(summary).length, { timeout: 10_000 }).toBe(1);
  const [row] = storedBySummary(summary) as [Row];
  const ticket = JSON.parse(row.payload) as Ticket;
  expect(row.server_verdict).toBe(expected.verdict);
  expect(row.server_queue).toBe(expected.queue);
  expect(row.server_upsell_tier).toBe(expected.upsellTier ?? null);
  expect(ticket.verdict).toBe(expected.verdict);
  expect(ticket.sla.queue).toBe(expected.queue);
  if (expected.mismatch) {
    expect(row.mismatch?.split(',')).toEqual(expected.mismatch);
  } else {
    // The receiver counts from its own clock, a few seconds after the browser's.
    expect(
      Math.abs(Date.parse(row.server_due) - Date.parse(ticket.sla.firstResponseDue)),
    ).toBeLessThanOrEqual(5 * 60_000);
    expect(row.mismatch).toBeNull();
  }
  expect(row.reference).toBe(ticketReference(ticket.id));
  return { row, ticket };
}

describe('the three verdicts', () => {
  it('covered: Premium and a declaration stuck before release, due in their zone and in Brussels, with axe clean on every step', async () => {
    const page = await newPage({ timezoneId: 'America/New_York' });
    // Thursday 2 April 2026, 10:00 in Brussels (04:00 in New York): a high-priority Premium ticket
    // (4 business hours, README "SLA targets") is due the same day at 14:00 Brussels, 08:00 New York.
    await page.clock.setFixedTime(new Date('2026-04-02T10:00:00+02:00'));
    await open(page);
    await expectNoAxeViolations(page, 'step 1');

    await press(page, 'Continue');
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch('There is a problem');
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    expect(await page.title()).toMatch(/^Step 1 of 8: Error: What is your support tier\?/);
    await expectNoAxeViolations(page, 'step 1 with the error summary');
    await page.getByRole('link', { name: "Select your support tier, or I'm not sure" }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tier');

    await page.getByRole('radio', { name: 'Premium Support', exact: true }).check();
    await press(page, 'Continue');
    await expectStep(page, 2, 'What is wrong?');
    await expectNoAxeViolations(page, 'step 2');
    const summary = `Release not received ${Date.now()}`;
    await page.getByRole('textbox', { name: 'Summary', exact: true }).fill(summary);
    await page
      .getByRole('textbox', { name: 'Description', exact: true })
      .fill('Still no release for yesterday’s import; the declaration is stuck in submitted.');
    const suggestion = page.getByRole('radio', { name: title('declaration-finalisation') });
    await suggestion.waitFor();
    expect(
      await page
        .getByText(/Matches: .*release/i)
        .first()
        .isVisible(),
    ).toBe(true);
    await expectNoAxeViolations(page, 'step 2 with suggestions');
    await suggestion.check();
    await press(page, 'Continue');

    await expectStep(page, 3, 'Premium Support covers this');
    await page.getByText('Brussels time', { exact: false }).first().waitFor();
    expect(await page.getByText('your time (America/New_York)').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'step 3, covered');
    await press(page, 'Continue');

    await expectStep(page, 4, 'How urgent is it?');
    await page.getByRole('radio', { name: 'Critical' }).check();
    await expectNoAxeViolations(page, 'step 4 with critical chosen');
    await press(page, 'Continue');
    await page
      .getByRole('link', { name: 'Confirm the business impact, or choose a lower priority' })
      .waitFor();
    await page.getByRole('radio', { name: 'Normal' }).check();
    await press(page, 'Continue');

    await expectStep(page, 5, 'Which declaration is it about?');
    await expectNoAxeViolations(page, 'step 5');
    await page.getByRole('textbox', { name: 'MRN or LRN (optional)', exact: true }).fill('24BE0000001234567');
    await press(page, 'Continue');
    const reference = page.getByRole('textbox', { name: 'MRN or LRN (optional)', exact: true });
    await expect.poll(() => reference.getAttribute('aria-invalid')).toBe('true');
    expect(await reference.getAttribute('aria-describedby')).toContain('reference-error');
    expect(await reference.inputValue()).toBe('24BE0000001234567');
    await expectNoAxeViolations(page, 'step 5 with an error');
    await reference.fill('24BE000000123456A7');
    await page.getByRole('textbox', { name: 'Customs system (optional)', exact: true }).fill('PLDA');
    await page.getByRole('textbox', { name: 'Country (optional)', exact: true }).fill('be');
    await press(page, 'Continue');

    await expectStep(page, 6, 'Your contact details');
    await expectNoAxeViolations(page, 'step 6');
    await page.getByRole('textbox', { name: 'E-mail address', exact: true }).fill('not an address');
    await press(page, 'Continue');
    await page.getByRole('link', { name: 'Enter your full name' }).waitFor();
    await expectNoAxeViolations(page, 'step 6 with errors');
    // Text the receiver would refuse is found here, by the same rule, not after sending.
    await page.getByRole('textbox', { name: 'Full name', exact: true }).fill('Ann \u202Esreteep');
    await page.getByRole('textbox', { name: 'Company', exact: true }).fill('\u200b\u200b');
    await press(page, 'Continue');
    await page
      .getByRole('link', { name: 'Full name must be plain text: remove the text direction control U+202E' })
      .waitFor();
    await page
      .getByRole('link', { name: 'Company must contain visible characters, not only invisible ones' })
      .waitFor();
    await fillContact(page);
    await press(page, 'Continue');

    await expectStep(page, 7, 'Check your answers before sending your ticket');
    await expectNoAxeViolations(page, 'step 7');
    await page.getByRole('link', { name: 'Change priority' }).click();
    await expectStep(page, 4, 'How urgent is it?');
    await page.getByRole('radio', { name: 'High' }).check();
    await press(page, 'Continue');
    await expectStep(page, 7, 'Check your answers before sending your ticket');
    expect(await page.locator('.summary-row', { hasText: 'Priority' }).innerText()).toMatch(
      /Priority\s+High/,
    );
    await press(page, 'Send ticket');

    await expectStep(page, 8, 'Ticket sent');
    // The receiver counts from its own clock, not the page's fixed one, and flags the difference.
    const { ticket } = await expectStored(summary, {
      verdict: 'covered',
      queue: 'support',
      mismatch: ['sla.firstResponseDue'],
    });
    expect(ticket).toMatchObject({ tier: 'premium', topic: 'declaration-finalisation', priority: 'high' });
    expect(ticket.declaration).toEqual({
      reference: '24BE000000123456A7',
      customsSystem: 'PLDA',
      country: 'BE',
    });
    expect(ticket.submittedAt).toBe('2026-04-02T04:00:00-04:00');
    expect(ticket.sla).toEqual({
      queue: 'support',
      targetMinutes: 240,
      firstResponseDue: '2026-04-02T14:00:00+02:00',
      timezone: 'Europe/Brussels',
    });
    const text = await wizardText(page);
    expect(text).toContain(ticketReference(ticket.id));
    expect(text).toMatch(/Thursday,? 2 April 2026(,| at) 08:00 your time \(America\/New_York\)/);
    expect(text).toMatch(/In Brussels time\s+Thursday,? 2 April 2026(,| at) 14:00/);
    await expectNoAxeViolations(page, 'step 8, sent');
    await page.context().close();
  });

  it('upsell: Basic and an inconsistency alert goes to sales about Premium, all by keyboard', async () => {
    const page = await newPage();
    await open(page);
    const summary = `Gross mass alert ${Date.now()}`;

    /** Presses Tab until the focused element fits, as a keyboard user would. */
    async function tabTo(describe: string | RegExp) {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          if (!el) return '';
          const label = el.labels?.[0]?.textContent ?? '';
          return `${el.tagName.toLowerCase()} ${label || el.textContent || ''}`.trim();
        });
        if (typeof describe === 'string' ? focused.startsWith(describe) : describe.test(focused)) return;
      }
      throw new Error(`Tab never reached ${describe}`);
    }

    await tabTo('input Basic Support'); // the first radio: Tab lands on it
    await page.keyboard.press('Space');
    await tabTo('button Continue');
    await page.keyboard.press('Enter');
    await expectStep(page, 2, 'What is wrong?');

    await tabTo('input Summary');
    await page.keyboard.type(summary);
    await tabTo('textarea Description');
    await page.keyboard.type(
      'CAS says the gross mass is lower than the net mass: validation violation before sending.',
    );
    await page.getByRole('radio', { name: title('inconsistency-alerts') }).waitFor();
    await tabTo(`input ${title('inconsistency-alerts')}`);
    await page.keyboard.press('Space');
    await tabTo('button Continue');
    await page.keyboard.press('Enter');

    await expectStep(page, 3, 'Basic Support does not cover this, Premium Support does', true, 7);
    expect(
      await page
        .getByRole('link', { name: 'Compare Basic Support and Premium Support' })
        .getAttribute('href'),
    ).toBe('/compare/basic-vs-premium/');
    expect(await page.getByRole('heading', { name: 'What Premium Support adds' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Before you send it' }).isVisible()).toBe(true);
    // Sales answers an upsell in a fixed time: no priority is asked.
    expect(await page.getByText('so there is no priority to choose').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'step 3, upsell');
    await tabTo('button Send it anyway, as a question to sales');
    await page.keyboard.press('Enter');

    await expectStep(page, 4, 'Which declaration is it about?', true, 7);
    await tabTo('button Continue');
    await page.keyboard.press('Enter');

    await expectStep(page, 5, 'Your contact details', true, 7);
    await tabTo('input Full name');
    await page.keyboard.type('Jan Janssens');
    await tabTo('input E-mail address');
    await page.keyboard.type('jan@example.com');
    await tabTo('input Company');
    await page.keyboard.type('Janssens Forwarding');
    await page.keyboard.press('Enter'); // Enter in a field submits the step, as in any form

    await expectStep(page, 6, 'Check your answers before sending your ticket', true, 7);
    expect(await page.getByRole('term').filter({ hasText: 'Priority' }).count()).toBe(0);
    await tabTo('button Send ticket');
    await page.keyboard.press('Enter');

    await expectStep(page, 7, 'Ticket sent', true, 7);
    const { ticket } = await expectStored(summary, {
      verdict: 'upsell',
      queue: 'sales',
      upsellTier: 'premium',
    });
    expect(ticket).toMatchObject({
      tier: 'basic',
      topic: 'inconsistency-alerts',
      priority: 'normal',
      upsellTier: 'premium',
    });
    expect(
      await page.getByText('Our sales team answers your question about Premium Support').isVisible(),
    ).toBe(true);
    await page.context().close();
  });

  it('out of scope: Premium and a TRACES question is sent anyway for advice, with the alternative named', async () => {
    const page = await newPage();
    await open(page);
    await page.getByRole('radio', { name: 'Premium Support', exact: true }).check();
    await press(page, 'Continue');
    const summary = `CHED not linked ${Date.now()}`;
    await describeIssue(
      page,
      summary,
      'Our CHED in TRACES is not linked to the import declaration.',
      'document-services',
    );
    await press(page, 'Continue');

    await expectStep(page, 3, 'No support tier covers this', true, 7);
    expect(await page.getByRole('heading', { name: 'Where to go instead' }).isVisible()).toBe(true);
    expect(await page.getByText('Document services subscription').first().isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'gtm@customs4trade.com' }).getAttribute('href')).toBe(
      'mailto:gtm@customs4trade.com',
    );
    expect(
      await page.getByRole('link', { name: `More about ${title('document-services')}` }).getAttribute('href'),
    ).toBe('/topics/document-services/');
    await expectNoAxeViolations(page, 'step 3, out of scope');
    await press(page, 'Send it anyway, for advice');

    await expectStep(page, 4, 'Which declaration is it about?', true, 7);
    await press(page, 'Continue');
    await fillContact(page);
    await page.getByRole('textbox', { name: 'Customer number (optional)', exact: true }).fill('C-1042');
    await press(page, 'Continue');
    await press(page, 'Send ticket');

    await expectStep(page, 7, 'Ticket sent', true, 7);
    const { ticket } = await expectStored(summary, { verdict: 'out_of_scope', queue: 'advice' });
    expect(ticket.customer.customerId).toBe('C-1042');
    await page.context().close();
  });
});

describe('when the suggestions miss, or the tier is not known', () => {
  it('a message nothing matches still lets a person choose any topic by keyboard alone and reach its verdict', async () => {
    const page = await newPage();
    await open(page, '?tier=premium');
    await press(page, 'Continue');
    await expectStep(page, 2, 'What is wrong?');
    await page.getByRole('textbox', { name: 'Summary', exact: true }).fill('Help please');
    await page.getByRole('textbox', { name: 'Description', exact: true }).fill('Please help us with this.');
    await page.getByText('No topic matches what you wrote yet.').waitFor();

    await press(page, 'Continue');
    await page
      .getByRole('link', { name: 'Select the topic closest to your problem, or None of these' })
      .waitFor();
    await page.getByRole('radio', { name: 'Choose the topic yourself' }).focus();
    await page.keyboard.press('Space');
    const filter = page.getByRole('searchbox', { name: 'Find a topic' });
    await filter.waitFor();
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /^29 topics$/ })
        .count(),
    ).toBe(1);
    await expectNoAxeViolations(page, 'step 2 with the topic chooser open');
    await page.keyboard.press('Tab');
    expect(await filter.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('stuck');
    await page.keyboard.press('Enter'); // narrows the list; does not continue
    await page
      .getByRole('status')
      .filter({ hasText: /^1 topic$/ })
      .waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await page.getByRole('radio', { name: title('declaration-finalisation') }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Continue' }).focus();
    await page.keyboard.press('Enter');
    await expectStep(page, 3, 'Premium Support covers this');
    await page.context().close();
  });

  it('"I\'m not sure" of the tier leads to a support ticket marked tier not confirmed, not to sales', async () => {
    const page = await newPage();
    await open(page, '?topic=declaration-finalisation');
    await page.getByRole('radio', { name: "I'm not sure" }).check();
    await press(page, 'Continue');
    const summary = `Tier unknown ${Date.now()}`;
    await page.getByRole('textbox', { name: 'Summary', exact: true }).fill(summary);
    await page
      .getByRole('textbox', { name: 'Description', exact: true })
      .fill('Our import has had no release since Friday.');
    await page.getByRole('radio', { name: title('declaration-finalisation') }).check();
    await press(page, 'Continue');

    await expectStep(page, 3, 'Whether this is covered depends on your support tier');
    const text = await wizardText(page);
    expect(text).toContain(
      'Covered if you have Premium Support, Active Support or Premium Plus Support. On Basic Support it is a question for our sales team.',
    );
    expect(text).toContain('It goes to support marked tier not confirmed.');
    await expectNoAxeViolations(page, 'step 3, tier not confirmed');
    await press(page, 'Continue');
    await page.getByRole('radio', { name: 'High' }).check();
    await press(page, 'Continue');
    await press(page, 'Continue');
    await fillContact(page);
    await press(page, 'Continue');
    expect(await page.locator('.summary-row', { hasText: 'Support tier' }).innerText()).toContain(
      "I'm not sure (support checks your contract)",
    );
    await press(page, 'Send ticket');

    await expectStep(page, 8, 'Ticket sent');
    const { ticket } = await expectStored(summary, { verdict: 'tier_unconfirmed', queue: 'support' });
    expect(ticket).toMatchObject({
      schema: 'ticket.v2',
      tier: 'basic',
      tierConfirmed: false,
      coveredBy: ['premium', 'active', 'premium-plus'],
      sla: { queue: 'support', targetMinutes: 480 },
    });
    expect(await wizardText(page)).toContain('They check your support tier first.');
    await page.context().close();
  });
});

describe('moving around', () => {
  it("the browser's back button walks back one step at a time, answers kept", async () => {
    const page = await newPage();
    await open(page);
    await page.getByRole('radio', { name: 'Premium Support', exact: true }).check();
    await press(page, 'Continue');
    await describeIssue(
      page,
      'Customs system down',
      'The customs system is down, can we still declare? BCP needed.',
      'business-continuity-procedure',
    );
    await press(page, 'Continue');
    await expectStep(page, 3, 'Premium Support covers this');
    await press(page, 'Continue');
    await expectStep(page, 4, 'How urgent is it?');

    await page.goBack();
    await expectStep(page, 3, 'Premium Support covers this');
    await page.goBack();
    await expectStep(page, 2, 'What is wrong?');
    expect(await page.getByRole('textbox', { name: 'Summary', exact: true }).inputValue()).toBe(
      'Customs system down',
    );
    expect(await page.getByRole('radio', { name: title('business-continuity-procedure') }).isChecked()).toBe(
      true,
    );
    await page.goBack();
    await expectStep(page, 1, 'What is your support tier?');
    expect(await page.getByRole('radio', { name: 'Premium Support', exact: true }).isChecked()).toBe(true);

    await page.goForward();
    await expectStep(page, 2, 'What is wrong?');
    await page.getByRole('link', { name: 'Back' }).click();
    await expectStep(page, 1, 'What is your support tier?');
    await page.context().close();
  });

  it('the first step works before the later steps have loaded, and the next question takes focus when it arrives', async () => {
    const page = await newPage();
    // Hold back the file with everything after the first step (see scripts/wizard-chunks.ts).
    const release = await holdBack(page, '**/_astro/wizard-later.*.js');
    await open(page);
    await page.getByRole('radio', { name: 'Premium Support', exact: true }).check();
    await press(page, 'Continue');
    await expect.poll(() => page.getByRole('status').first().innerText()).toBe('Loading the next question…');
    release();
    await expectStep(page, 2, 'What is wrong?');
    await page.context().close();
  });

  it('leaves the plain form to a person who started on it before the wizard was ready, keeping what they typed', async () => {
    const page = await newPage();
    const release = await holdBack(page, '**/data/wizard.json');
    await page.goto(`${baseURL()}/support/new/`);
    const summary = page.locator('#nojs-summary');
    await summary.fill('Typed while the page was loading');
    release();
    // The wizard has its data (the later steps load once it has) but stays out of the way.
    await page.waitForResponse('**/data/wizard.json');
    await page.waitForTimeout(500);
    expect(await summary.isVisible()).toBe(true);
    expect(await summary.inputValue()).toBe('Typed while the page was loading');
    expect(await page.locator('#step-heading').count()).toBe(0);
    await page.context().close();
  });

  it('a device clock outside the compiled calendar shows no due time and says so on sending, the wizard still working', async () => {
    // Years after the holiday data the page was built with ends: there is no due time to show.
    const page = await premiumVerdictAt('2040-03-06T10:00:00+01:00');
    expect(await wizardText(page)).toContain('Working out when to expect a first response…');
    await press(page, 'Continue');
    await expectStep(page, 4, 'How urgent is it?');
    await page.getByRole('radio', { name: 'Normal' }).check();
    await press(page, 'Continue');
    await expectStep(page, 5, 'Which declaration is it about?');
    await press(page, 'Continue');
    await expectStep(page, 6, 'Your contact details');
    await fillContact(page);
    await press(page, 'Continue');
    await expectStep(page, 7, 'Check your answers before sending your ticket');
    await press(page, 'Send ticket');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch("The due time cannot be worked out for this device's date (Tue Mar 06 2040)");
    await page.context().close();
  });

  it('?tier= and ?topic= prefill the wizard, and the tier is remembered on this device', async () => {
    const page = await newPage();
    await open(page, '?tier=premium&topic=business-continuity-procedure');
    expect(await page.getByRole('radio', { name: 'Premium Support', exact: true }).isChecked()).toBe(true);
    await press(page, 'Continue');
    await expectStep(page, 2, 'What is wrong?');
    const topic = page.getByRole('radio', { name: title('business-continuity-procedure') });
    expect(await topic.isChecked()).toBe(true);
    await page.getByRole('textbox', { name: 'Summary', exact: true }).fill('Fallback procedure');
    await page
      .getByRole('textbox', { name: 'Description', exact: true })
      .fill('How do we switch the fallback on for tonight?');
    await press(page, 'Continue');
    await expectStep(page, 3, 'Premium Support covers this');

    // A new tab shares the device's storage but not this tab's draft.
    const again = await page.context().newPage();
    await open(again);
    expect(await again.getByRole('radio', { name: 'Premium Support', exact: true }).isChecked()).toBe(true);
    expect(await again.getByRole('textbox', { name: 'Summary', exact: true }).count()).toBe(0);
    await again.getByRole('radio', { name: "I'm not sure" }).check();
    expect(await again.getByText('We will tell you which tiers cover your problem').isVisible()).toBe(true);
    await page.context().close();
  });

  it('the verdict names the weekend and the holiday the clock skips', async () => {
    // Friday before Easter 2026, 16:30 in Brussels: the clock skips the weekend and Easter Monday.
    const page = await premiumVerdictAt('2026-04-03T16:30:00+02:00');
    const text = await wizardText(page);
    expect(text).toContain('Saturday 4 and Sunday 5 April (weekend), Monday 6 April (Easter Monday)');
    expect(text).toMatch(/Tuesday,? 7 April 2026(,| at) 16:30 Brussels time/);
    await page.context().close();
  });
});

describe('delivery', () => {
  async function reachCheckPage(page: Page, summary: string) {
    await open(page, '?tier=premium&topic=declaration-finalisation');
    await press(page, 'Continue');
    await page.getByRole('textbox', { name: 'Summary', exact: true }).fill(summary);
    await page
      .getByRole('textbox', { name: 'Description', exact: true })
      .fill('Exit confirmation missing for exports that shipped two weeks ago.');
    await press(page, 'Continue');
    await press(page, 'Continue');
    await page.getByRole('radio', { name: 'Normal' }).check();
    await press(page, 'Continue');
    await press(page, 'Continue');
    await fillContact(page);
    await press(page, 'Continue');
    await expectStep(page, 7, 'Check your answers before sending your ticket');
  }

  const outboxIds = (page: Page) =>
    page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith('cas-support-outbox:'))
        .map((key) => key.split(':')[1]),
    );

  /** Takes a ticket about `summary` to the check page and sends it while the receiver cannot be reached; its id. */
  async function sendUnreachable(page: Page, summary: string): Promise<string | undefined> {
    await reachCheckPage(page, summary);
    allowConsoleErrors(/^Failed to load resource: net::ERR_FAILED$/);
    await page.route('**/api/tickets', (route) => route.abort());
    await press(page, 'Send ticket');
    await expectStep(page, 8, 'Your ticket is not sent yet');
    const [id] = await outboxIds(page);
    return id;
  }

  it('with the receiver unreachable the ticket stays in the outbox, and one copy arrives after a reload', async () => {
    const page = await newPage();
    const summary = `Receiver down ${Date.now()}`;
    const id = await sendUnreachable(page, summary);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await page.getByText(/We tried 4 times/).waitFor({ timeout: 20_000 });
    expect(await page.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
    const mail = await page.getByRole('link', { name: /E-mail it to support/ }).getAttribute('href');
    // The support desk's address from content, never the sales address the service descriptions give.
    expect(mail).toMatch(/^mailto:info@customs4trade\.com\?subject=/);
    expect(decodeURIComponent(mail!)).toContain(id);
    expect(await page.getByRole('link', { name: 'Download the ticket (JSON)' }).getAttribute('href')).toMatch(
      /^blob:/,
    );
    await expectNoAxeViolations(page, 'step 8, not sent');
    expect(stored('id', id!)).toHaveLength(0);

    await page.unroute('**/api/tickets');
    await page.reload();
    await expect.poll(() => stored('id', id!).length, { timeout: 10_000 }).toBe(1);
    await expect.poll(() => outboxIds(page)).toEqual([]);
    await expectStep(page, 8, 'Ticket sent', false);
    expect(storedBySummary(summary)).toHaveLength(1);
    await page.context().close();
  });

  it('a ticket not sent yet and then changed arrives once, as changed', async () => {
    const page = await newPage();
    const before = `Before change ${Date.now()}`;
    const after = `After change ${Date.now()}`;
    await reachCheckPage(page, before);
    allowConsoleErrors(/^Failed to load resource: net::ERR_FAILED$/);
    await page.route('**/api/tickets', (route) => route.abort());
    await press(page, 'Send ticket');
    await expectStep(page, 8, 'Your ticket is not sent yet');
    const [oldId] = await outboxIds(page);

    await page.goBack();
    await expectStep(page, 7, 'Check your answers before sending your ticket', false);
    await page.getByRole('link', { name: /Change.*summary/i }).click();
    await page.getByRole('textbox', { name: 'Summary', exact: true }).fill(after);
    await press(page, 'Continue');
    await expectStep(page, 7, 'Check your answers before sending your ticket');
    await page.unroute('**/api/tickets');
    await press(page, 'Send ticket');

    await expectStep(page, 8, 'Ticket sent', false);
    await expect.poll(() => storedBySummary(after).length, { timeout: 10_000 }).toBe(1);
    await expect.poll(() => outboxIds(page)).toEqual([]);
    await page.reload();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(storedBySummary(before)).toHaveLength(0);
    expect(stored('id', oldId!)).toHaveLength(0);
    await page.context().close();
  });

  it('resends a ticket left in the outbox even when the wizard leaves the plain form to a person already on it', async () => {
    const page = await newPage();
    const id = await sendUnreachable(page, `Left in the outbox ${Date.now()}`);
    await page.unroute('**/api/tickets');
    // The next visit: the person starts on the plain form before the wizard's data arrives.
    const release = await holdBack(page, '**/data/wizard.json');
    await page.goto(`${baseURL()}/support/new/`);
    await page.locator('#nojs-summary').fill('A second question, typed at once');
    release();
    await expect.poll(() => stored('id', id!).length, { timeout: 10_000 }).toBe(1);
    expect(await page.locator('#nojs-summary').inputValue()).toBe('A second question, typed at once');
    expect(await page.locator('#step-heading').count()).toBe(0);
    await page.context().close();
  });

  it('answers changed while the ticket is on its way: the check page says sending them makes a second ticket', async () => {
    const page = await newPage();
    const before = `In flight ${Date.now()}`;
    await reachCheckPage(page, before);
    const release = await holdBack(page, '**/api/tickets');
    await press(page, 'Send ticket');
    await expectStep(page, 8, 'Sending your ticket', false);
    const [id] = await outboxIds(page);
    await page.goBack();
    await expectStep(page, 7, 'Check your answers before sending your ticket', false);
    await page.getByRole('link', { name: /Change.*summary/i }).click();
    await page.getByRole('textbox', { name: 'Summary', exact: true }).fill(`${before}, changed`);
    await press(page, 'Continue');
    await expectStep(page, 7, 'Check your answers before sending your ticket');
    expect(await wizardText(page)).toContain(
      `Your ticket ${ticketReference(id!)} is being sent with your earlier answers. Sending these changed answers makes a second ticket.`,
    );
    release();
    await expect.poll(() => stored('id', id!).length, { timeout: 10_000 }).toBe(1);
    await page.context().close();
  });

  it('a double-clicked "Send ticket" sends one ticket', async () => {
    const page = await newPage();
    const summary = `Double click ${Date.now()}`;
    await reachCheckPage(page, summary);
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/tickets'))
        posts.push(request.postData() ?? '');
    });
    await page.getByRole('button', { name: 'Send ticket' }).dblclick();
    // The second click lands on the confirmation and may take focus from its heading: that is the click's doing.
    await expectStep(page, 8, 'Ticket sent', false);
    await expectStored(summary, { verdict: 'covered', queue: 'support' });
    expect(posts).toHaveLength(1);
    await page.context().close();
  });

  it('a ticket the webhook refuses shows what to fix, links to the answer, and is sent again corrected', async () => {
    const page = await newPage();
    const summary = `Refused ${Date.now()}`;
    await reachCheckPage(page, summary);
    allowConsoleErrors(/^Failed to load resource: the server responded with a status of 400/);
    await page.route('**/api/tickets', (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({
          error: 'not a valid ticket.v1 ticket',
          issues: [{ path: 'customer.email', message: 'this address bounces' }],
        }),
      }),
    );
    await press(page, 'Send ticket');
    await expectStep(page, 8, 'Your ticket was not sent: there is a problem');
    await expectNoAxeViolations(page, 'step 8, refused');
    // A refused ticket goes again as a new one: no reference or due time to quote until then.
    expect(await page.locator('main').innerText()).not.toMatch(/Reference|CAS-[0-9A-Z]{8}|response due/i);
    await page.unroute('**/api/tickets');
    await page.getByRole('link', { name: 'E-mail address: this address bounces' }).click();
    await expectStep(page, 6, 'Your contact details');
    await page.getByRole('textbox', { name: 'E-mail address', exact: true }).fill('ann@example.org');
    await press(page, 'Continue');
    await expectStep(page, 7, 'Check your answers before sending your ticket');
    await press(page, 'Send ticket');
    await expectStep(page, 8, 'Ticket sent');
    const { ticket } = await expectStored(summary, { verdict: 'covered', queue: 'support' });
    expect(ticket.customer.email).toBe('ann@example.org');
    await page.context().close();
  });

  it('offline, the ticket waits and goes out by itself when the connection is back', async () => {
    const page = await newPage();
    const summary = `Offline ${Date.now()}`;
    await reachCheckPage(page, summary);
    await page.context().setOffline(true);
    await press(page, 'Send ticket');
    await expectStep(page, 8, 'Your ticket is not sent yet');
    await page.getByText('This device is offline').waitFor();
    expect(await outboxIds(page)).toHaveLength(1);
    await page.context().setOffline(false);
    await expect.poll(() => h1(page).textContent(), { timeout: 10_000 }).toBe('Ticket sent');
    await expectStored(summary, { verdict: 'covered', queue: 'support' });
    expect(await outboxIds(page)).toEqual([]);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  it('the plain form posts to the receiver and lands on the sent page with the reference', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${baseURL()}/support/new/`);
    expect(await h1(page).textContent()).toBe('Raise a support ticket');
    const summary = `No script ${Date.now()}`;
    await page.getByRole('radio', { name: 'Active Support' }).check();
    await page.getByRole('textbox', { name: 'Summary' }).fill(summary);
    await page
      .getByRole('textbox', { name: 'Description' })
      .fill('Customs system down since this morning, BCP needed.');
    await page
      .getByRole('combobox', { name: 'Topic (optional)' })
      .selectOption('business-continuity-procedure');
    await page.getByRole('radio', { name: 'High' }).check();
    await page.getByRole('textbox', { name: 'Full name' }).fill('Ann Peeters');
    await page.getByRole('textbox', { name: 'E-mail address' }).fill('ann@example.com');
    await page.getByRole('textbox', { name: 'Company' }).fill('Peeters Logistics');
    const honeypot = page.getByLabel('Leave this empty');
    expect(
      await honeypot.evaluate((input) => input.closest('.visually-hidden') !== null && input.tabIndex === -1),
    ).toBe(true);
    await page.getByRole('button', { name: 'Send ticket' }).click();
    await page.waitForURL(/\/support\/sent\/\?ref=CAS-[0-9A-Z]{8}$/);
    expect(await h1(page).textContent()).toBe('Ticket sent');
    await expect.poll(() => storedBySummary(summary).length).toBe(1);
    const [row] = storedBySummary(summary) as [Row];
    expect(new URL(page.url()).searchParams.get('ref')).toBe(row.reference);
    // Without JavaScript the receiver writes the reference into the page.
    expect(await page.getByText(`Your reference is ${row.reference}`).isVisible()).toBe(true);
    expect(row.server_verdict).toBe('covered');
    expect(JSON.parse(row.payload)).toMatchObject({
      tier: 'active',
      topic: 'business-continuity-procedure',
      priority: 'high',
    });
    // Back to the form, which still holds the answers, and Send again: the same ticket, not a second one.
    await page.goBack();
    expect(await h1(page).textContent()).toBe('Raise a support ticket');
    await page.getByRole('button', { name: 'Send ticket' }).click();
    await page.waitForURL(/\/support\/sent\/\?ref=CAS-[0-9A-Z]{8}$/);
    expect(new URL(page.url()).searchParams.get('ref')).toBe(row.reference);
    expect(storedBySummary(summary)).toHaveLength(1);
    await page.context().close();
  });
});

describe('from the pair pages, and while typing', () => {
  it('"Talk to us about upgrading" opens a question to sales about the higher tier, with no priority asked', async () => {
    const page = await newPage();
    await page.goto(`${baseURL()}/compare/basic-vs-premium/`);
    await page.getByRole('link', { name: 'Talk to us about upgrading' }).click();
    // A question to sales from the start: 7 steps, no priority among them.
    await expectStep(page, 1, 'What is your support tier?', false, 7);
    expect(await page.getByRole('radio', { name: 'Basic Support', exact: true }).isChecked()).toBe(true);
    await press(page, 'Continue');
    await expectStep(page, 2, 'What is wrong?', true, 7);
    const summary = `Moving to Premium ${Date.now()}`;
    await page.getByRole('textbox', { name: 'Summary', exact: true }).fill(summary);
    await page
      .getByRole('textbox', { name: 'Description', exact: true })
      .fill('We would like help with our declaration alerts: what would Premium cost us?');
    expect(await page.getByRole('radio', { name: 'None of these' }).isChecked()).toBe(true);
    await press(page, 'Continue');

    await expectStep(page, 3, 'A question about upgrading to Premium Support', true, 7);
    expect(await page.getByRole('heading', { name: 'What Premium Support adds' }).isVisible()).toBe(true);
    expect(
      await page
        .getByRole('link', { name: 'Compare Basic Support and Premium Support' })
        .getAttribute('href'),
    ).toBe('/compare/basic-vs-premium/');
    await expectNoAxeViolations(page, 'step 3, a question about upgrading');
    await press(page, 'Continue');
    await expectStep(page, 4, 'Which declaration is it about?', true, 7);
    await press(page, 'Continue');
    await fillContact(page);
    await press(page, 'Continue');
    await expectStep(page, 6, 'Check your answers before sending your ticket', true, 7);
    expect(await wizardText(page)).toContain('A question about upgrading to Premium Support: sent to sales');
    await press(page, 'Send ticket');

    await expectStep(page, 7, 'Ticket sent', true, 7);
    await expect.poll(() => storedBySummary(summary).length, { timeout: 10_000 }).toBe(1);
    const ticket = JSON.parse(storedBySummary(summary)[0]!.payload) as Ticket;
    expect(ticket).toMatchObject({ tier: 'basic', topic: null, verdict: 'upsell', upsellTier: 'premium' });
    expect(ticket.sla).toMatchObject({ queue: 'sales', targetMinutes: 480 });
    await page.context().close();
  });

  it('counts the characters of the summary against its limit, GOV.UK style', async () => {
    const page = await newPage();
    await open(page, '?tier=premium');
    await press(page, 'Continue');
    const summary = page.getByRole('textbox', { name: 'Summary', exact: true });
    expect(await summary.getAttribute('aria-describedby')).toMatch(/^summary-info /);
    expect(await page.locator('#summary-info').textContent()).toBe('You can enter up to 150 characters');
    await summary.fill('Release not received');
    await page.getByText('You have 130 characters remaining').waitFor();
    await summary.fill('x'.repeat(151));
    await page.getByText('You have 1 character too many').first().waitFor();
    await press(page, 'Continue');
    expect(
      await page.getByRole('link', { name: 'Summary must be 150 characters or fewer' }).isVisible(),
    ).toBe(true);
    await page.context().close();
  });
});
