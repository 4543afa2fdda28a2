import type { IncomingMessage, ServerResponse } from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSentPage } from '../../src/receiver/sent-page.ts';
import { DIST, assertBuilt } from './built-site.ts';

beforeAll(assertBuilt);

/** Serves one URL and returns what was written, or null when the static files were left to answer. */
async function serve(path: string): Promise<string | null> {
  let body = '';
  const res = {
    writeHead: () => res,
    end: (chunk?: string) => void (body = chunk ?? ''),
  } as unknown as ServerResponse;
  const handled = await createSentPage(DIST)(
    { method: 'GET' } as IncomingMessage,
    res,
    new URL(path, 'http://x'),
  );
  return handled ? body : null;
}

describe('the sent page, as the receiver serves it after a form post', () => {
  it('shows the reference without any script', async () => {
    const html = await serve('/support/sent/?ref=CAS-7F3A9C2D');
    expect(html).toMatch(/id="sent-reference">Your reference is <strong>CAS-7F3A9C2D<\/strong>/);
  });

  it('writes nothing from the address that is not a reference', async () => {
    expect(await serve('/support/sent/?ref=%3Cscript%3Ealert(1)%3C/script%3E')).toBeNull();
    expect(
      await serve('/support/sent/?ref=CAS-7F3A9C2D&x=1'.replace('CAS-7F3A9C2D', 'cas-7f3a9c2d')),
    ).toBeNull();
    expect(await serve('/support/new/?ref=CAS-7F3A9C2D')).toBeNull();
  });
});
