/**
 * Module preloads for the pages' scripts. A browser learns a module's static imports only once it
 * has fetched and parsed that module, so the wizard's first step waited for round trips in a row
 * (the page's script, then the wizard file, then the file it shares with the catalogue pages).
 * A `<link rel="modulepreload">` in the page's head for each module its scripts import statically
 * lets it fetch them all at once. What they reach only through import() (the later steps) still
 * loads later, as the byte budget intends.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/** The relative modules `code` imports or re-exports statically, as written (`./shared.Bw1b.js`). */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  // `import{a}from"./x.js"`, `import"./x.js"`, `export{b}from"./x.js"`; never `import("./x.js")`.
  for (const match of code.matchAll(
    /\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g,
  ))
    found.add(match[1] as string);
  return [...found];
}

/** Every module the site-absolute `entries` import statically, themselves included, in a stable order. */
export function staticClosure(dist: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    if (seen.has(url)) continue;
    seen.add(url);
    const code = readFileSync(join(dist, url), 'utf8');
    for (const relative of staticImports(code)) queue.push(posix.join(posix.dirname(url), relative));
  }
  return [...seen];
}

/** The module scripts a page loads by address, and any Astro island's component and renderer. */
export function moduleEntries(html: string): string[] {
  const urls = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\btype="module"[^>]*>/g)) {
    const src = /\bsrc="(\/[^"]+\.js)"/.exec(match[0]);
    if (src) urls.add(src[1] as string);
  }
  for (const match of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const attribute of match[0].matchAll(/\b(?:component|renderer)-url="(\/[^"]+\.js)"/g))
      urls.add(attribute[1] as string);
  }
  return [...urls];
}

/** Adds the preloads to every page with a module script or an island; returns how many pages changed. */
export function preloadModules(dist: string): number {
  let pages = 0;
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const path = join(entry.parentPath, entry.name);
    const html = readFileSync(path, 'utf8');
    const entries = moduleEntries(html);
    // A page already given its preloads (the step run twice on one build) is left as it is.
    if (entries.length === 0 || !html.includes('</head>') || html.includes('rel="modulepreload"')) continue;
    const links = staticClosure(dist, entries)
      .map((url) => `<link rel="modulepreload" href="${url}">`)
      .join('');
    writeFileSync(path, html.replace('</head>', `${links}</head>`));
    pages++;
  }
  return pages;
}
