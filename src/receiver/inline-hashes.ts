/**
 * The Content Security Policy sources the built pages need: a SHA-256 hash of every inline
 * `<script>` and `<style>` (Astro's island loader and its style, the layout's one-line script, the
 * sent page's script, the styles Astro inlines), and the ticket webhook's origin when tickets go to
 * another site. `npm run build` records them (`scripts/build/finish.ts`); the receiver works them
 * out itself when it serves a build from before that. Anything a hash cannot allow (an `on…=`
 * handler, a `style=""` attribute, a `javascript:` link) is an error naming the page: the policy
 * would block it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CspSources } from './security-headers.ts';

const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
/** Attributes and URLs that only `unsafe-inline` would allow. */
const BLOCKED = [
  { pattern: /<[^>]+\son[a-z]+\s*=/i, what: 'an inline event handler (on…=)' },
  { pattern: /<[^>]+\sstyle\s*=/i, what: 'a style attribute' },
  { pattern: /\shref\s*=\s*["']?\s*javascript:/i, what: 'a javascript: link' },
];
/** Script types a browser does not run (data blocks), which need no hash. */
const DATA_SCRIPT = /\stype\s*=\s*["']?(?:application\/(?:ld\+)?json|importmap)/i;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The sources for the site in `dist`, given the webhook URL it was built with; throws on what the policy would block. */
export function cspSources(dist: string, webhookUrl: string | undefined): CspSources {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    for (const { pattern, what } of BLOCKED) {
      if (pattern.test(html))
        throw new Error(`${relative(dist, file)} has ${what}, which the Content Security Policy blocks`);
    }
    for (const [, tag = '', attributes = '', body = ''] of html.matchAll(INLINE)) {
      if (tag.toLowerCase() === 'style') styles.add(hash(body));
      else if (!/\ssrc\s*=/i.test(attributes) && !DATA_SCRIPT.test(attributes)) scripts.add(hash(body));
    }
  }
  const webhook = webhookUrl ? URL.parse(webhookUrl) : null;
  return {
    'script-src': [...scripts].sort(),
    'style-src': [...styles].sort(),
    'connect-src': webhook && /^https?:$/.test(webhook.protocol) ? [webhook.origin] : [],
  };
}
