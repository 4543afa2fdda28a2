/**
 * The real build as the receiver serves it, header by header: revalidation, the build's compressed
 * copies, a year's caching for hashed files only, and a Content Security Policy on every page that
 * allows exactly the inline scripts and styles the page carries.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, distFiles, readDist } from './built-site.ts';
import { kill, startReceiver, type RunningReceiver } from './receiver-process.ts';

const dir = mkdtempSync(join(tmpdir(), 'receiver-headers-'));
let receiver: RunningReceiver;

beforeAll(async () => {
  receiver = await startReceiver({ TICKETS_DB: join(dir, 'tickets.sqlite') });
});
afterAll(() => {
  kill(receiver.child);
  rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET with exactly these headers (fetch would add Accept-Encoding and decompress). */
function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, receiver.base), { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject).end();
  });
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('caching', () => {
  it('answers a page with its ETag and Last-Modified, and a revalidation with 304', async () => {
    const page = await get('/compare/');
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['last-modified']).toBe(
      statSync(join(DIST, 'compare/index.html')).mtime.toUTCString(),
    );
    const etag = String(page.headers.etag);
    const again = await get('/compare/', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('keeps hashed scripts and Pagefind fragments for a year, and Pagefind itself revalidated', async () => {
    const script = distFiles('.js').find((path) => path.startsWith('_astro/'))!;
    const fragment = distFiles('.pf_fragment')[0]!;
    expect((await get(`/${script}`)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get(`/${fragment}`)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/pagefind/pagefind.js')).headers['cache-control']).toBe('no-cache');
  });
});

describe('compression', () => {
  it('sends the brotli copy made at build time, with its Content-Length', async () => {
    const page = await get('/compare/', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(Number(page.headers['content-length'])).toBe(statSync(join(DIST, 'compare/index.html.br')).size);
    expect(page.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(page.body).toString('utf8')).toBe(readDist('compare/index.html'));
  });

  it('sends gzip to a browser that takes only gzip, and the file itself to one that takes neither', async () => {
    const zipped = await get('/compare/', { 'Accept-Encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body).toString('utf8')).toBe(readDist('compare/index.html'));
    const plain = await get('/compare/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(readDist('compare/index.html'));
  });

  it('compresses the wizard page it fills in per request, and lets no cache answer a visit with it', async () => {
    const page = await get('/support/new/', { 'Accept-Encoding': 'br' });
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['cache-control']).toBe('private, no-cache');
    expect(brotliDecompressSync(page.body).toString('utf8')).toMatch(/name="id" value="[0-9a-f-]{36}"/);
  });
});

describe('security headers', () => {
  it('sends the headers of a careful static host with every page', async () => {
    const { headers } = await get('/');
    expect(headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'cross-origin-opener-policy': 'same-origin',
    });
    expect(headers['permissions-policy']).toContain('camera=()');
    const csp = String(headers['content-security-policy']);
    for (const directive of [
      "default-src 'self'",
      "frame-ancestors 'none'",
      "object-src 'none'",
      "form-action 'self'",
    ])
      expect(csp).toContain(directive);
    expect(csp).not.toContain('unsafe-inline');
  });

  it('allows each page exactly its own inline scripts and styles, by hash', async () => {
    const pages = ['/', '/compare/', '/support/new/', '/support/sent/?ref=CAS-7F3A9C2D', '/no-such-page/'];
    for (const path of pages) {
      const page = await get(path);
      const html = page.body.toString('utf8');
      const csp = String(page.headers['content-security-policy']);
      const allowed = (directive: string) =>
        csp
          .split(';')
          .find((part) => part.trim().startsWith(`${directive} `))!
          .trim()
          .split(/\s+/)
          .slice(1);
      for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g))
        if (!attributes!.includes('src='))
          expect(allowed('script-src'), `${path}: a script`).toContain(sha256(body!));
      for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g))
        expect(allowed('style-src'), `${path}: a style`).toContain(sha256(body!));
    }
  });
});
