/** Answers for people rather than programs: a minimal page for the no-JavaScript form. */
import { WIZARD_PATH } from '../domain/routes.ts';

export interface SimplePage {
  title: string;
  lines: string[];
  list?: string[];
}

/** A minimal page with a heading and some paragraphs or list items; all text is escaped. */
export function simplePage(page: SimplePage): string {
  const list = page.list?.length
    ? `<ul>${page.list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`
    : '';
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(page.title)} – CAS support</title></head><body><main>` +
    `<h1>${escapeHtml(page.title)}</h1>${list}${page.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}` +
    `<p><a href="${WIZARD_PATH}">Raise a ticket</a> · <a href="/">CAS support home</a></p></main></body></html>`
  );
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
