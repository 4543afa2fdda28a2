/**
 * How long browsers and caches may keep each file of the built site without asking again. Files
 * whose names carry a hash of their content never change, so they are kept for a year; anything
 * else (pages, Pagefind's entry points, the data files) is revalidated on every use, which costs a
 * 304 with the ETag when nothing changed.
 */

/** For content-addressed files: a new build gives changed files new names. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Keep, but ask first: answered by a 304 while the ETag still matches. */
export const REVALIDATE = 'no-cache';

/** Paths relative to the site's root (with `/`), most specific first; the first that matches decides. */
const RULES: readonly { pattern: RegExp; policy: string }[] = [
  // Astro fingerprints everything it writes under _astro/.
  { pattern: /^_astro\//, policy: IMMUTABLE },
  // Pagefind names its index, filter, fragment and meta files after their content (`en-gb_67a75b7.pf_fragment`).
  { pattern: /^pagefind\/(?:.+\/)?[^/]+_[0-9a-f]{7,}\.pf_[a-z]+$/, policy: IMMUTABLE },
];

/** The `Cache-Control` for a file of the built site, e.g. `_astro/client.BfBFbboo.js`; a `.br` or `.gz` copy counts as its original. */
export function cacheControl(path: string): string {
  const original = path.replace(/\.(?:br|gz)$/, '');
  return RULES.find((rule) => rule.pattern.test(original))?.policy ?? REVALIDATE;
}
