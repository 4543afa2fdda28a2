/**
 * The no-JavaScript form lands on `/support/sent/?ref=CAS-…`. The page is static and, without a
 * script, cannot read its own address, so the receiver writes the reference into it on the way out.
 * Only the reference shape `CAS-` + 8 letters or digits is ever written: nothing else from the URL.
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { SENT_PATH } from '../domain/routes.ts';
import { REFERENCE_PATTERN } from '../domain/ticket-reference.ts';

/** The empty, hidden reference line the page ships with. */
const SLOT = /(<[^>]*\bid="sent-reference") hidden(>[^<]*<strong>)(<\/strong>)/;

export function createSentPage(distDir: string) {
  let template: Promise<string | undefined> | undefined;
  /** Answers with the filled page and returns true, or returns false to let the static files answer. */
  return async function serveSent(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const reference = url.searchParams.get('ref') ?? '';
    if (url.pathname !== SENT_PATH || !REFERENCE_PATTERN.test(reference)) return false;
    template ??= readFile(join(distDir, 'support/sent/index.html'), 'utf8').catch(() => undefined);
    const html = await template;
    if (!html || !SLOT.test(html)) return false;
    const body = html.replace(SLOT, `$1$2${reference}$3`);
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
