import { beforeAll, describe, expect, it } from 'vitest';
import { withFormId, withReference } from '../../src/receiver/page-slots.ts';
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

  it('leaves pages without the form alone', () => {
    expect(withFormId(readDist('support/sent/index.html'), 'x')).toBeUndefined();
  });
});
