/** Small helpers to answer in JSON or, for the no-JavaScript form, in plain HTML. */
import type { ServerResponse } from 'node:http';

export type Headers = Record<string, string | number>;

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Headers = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/** A minimal page with a heading and some paragraphs or list items; all text is escaped. */
export function sendPage(
  res: ServerResponse,
  status: number,
  page: { title: string; lines: string[]; list?: string[] },
  headers: Headers = {},
): void {
  const list = page.list?.length
    ? `<ul>${page.list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`
    : '';
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(page.title)} – CAS support</title></head><body><main>` +
    `<h1>${escapeHtml(page.title)}</h1>${list}${page.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}` +
    `<p><a href="/support/new/">Raise a ticket</a> · <a href="/">CAS support home</a></p></main></body></html>`;
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(html);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
