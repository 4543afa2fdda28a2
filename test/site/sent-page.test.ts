import { beforeAll, describe, expect, it } from 'vitest';
import { withChoices, withFormId, withReference } from '../../src/receiver/page-slots.ts';
import { assertBuilt, readDist } from './built-site.ts';

beforeAll(assertBuilt);

describe('the sent page, as the receiver serves it after a form post', () => {
  it('shows the reference without any script', () => {
    const html = withReference(readDist('support/sent/index.html'), 'CAS-7F3A9C2D');
    expect(html).toMatch(/id="sent-reference">Your reference is <strong>CAS-7F3A9C2D<\/strong>/);
  });

  it('writes nothing from the address that is not a reference', () => {
    const page = readDist('support/sent/index.html');
    expect(withReference(page, '<script>alert(1)</script>')).toBeUndefined();
    expect(withReference(page, 'cas-7f3a9c2d')).toBeUndefined();
    expect(withReference(readDist('support/new/index.html'), 'CAS-7F3A9C2D')).toBeUndefined();
  });
});

describe('the no-JavaScript form, as the receiver serves it', () => {
  it('carries the ticket id the receiver wrote into it', () => {
    const html = withFormId(readDist('support/new/index.html'), '0b7e2c1a-4f3d-4a8e-9c2b-5d6e7f8a9b0c');
    expect(html).toContain('<input type="hidden" name="id" value="0b7e2c1a-4f3d-4a8e-9c2b-5d6e7f8a9b0c">');
  });

  it('comes with the tier and topic the address names chosen, as the wizard takes them', () => {
    const page = readDist('support/new/index.html');
    const checked = (html: string) =>
      [...html.matchAll(/name="tier" value="([^"]+)" required checked>/g)].map((m) => m[1]);
    const selected = (html: string) =>
      [...html.matchAll(/<option value="([^"]+)" selected>/g)].map((m) => m[1]);
    expect([checked(page), selected(page)]).toEqual([['basic'], []]);
    const chosen = withChoices(page, { tier: 'premium', topic: 'cas-updates' });
    expect([checked(chosen), selected(chosen)]).toEqual([['premium'], ['cas-updates']]);
    // What the page does not offer changes nothing, and nothing else from the address is written.
    for (const choices of [
      { tier: 'gold', topic: 'no-such-topic' },
      { tier: 'premium" autofocus onfocus="alert(1)', topic: '"><script>alert(1)</script>' },
      { tier: ['premium'], topic: undefined },
    ])
      expect(withChoices(page, choices)).toBe(page);
  });

  it('leaves pages without the form alone', () => {
    expect(withFormId(readDist('support/sent/index.html'), 'x')).toBeUndefined();
  });
});
