/**
 * Measures what the built site ships (gzipped bytes) and checks it against `budgets.json`.
 * A page's script is every script it loads before anyone touches it: inline modules, external
 * modules, Astro islands (component and renderer) and everything those import statically.
 * What loads on use (dynamic import(), fetched data) counts only towards the wizard's "everything".
 * Some libraries must never reach the browser at all (`mustNotShip`): every built script is
 * searched for text their bundled code always holds.
 * Run `npm run size` for the table; `npm test` fails when a budget is broken.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Budgets {
  catalogue: { pages: string[]; scriptPerPage: number; frameworkCode: boolean };
  compareHtml: number;
  wizard: {
    page: string;
    initialScript: number;
    everything: number;
    data: string[];
    /** Chunks reachable through import() that this page can never load, each with the reason. */
  };
  /** Libraries no built script may contain: text their bundled code always holds, and why they stay out. */
  mustNotShip?: Record<string, { signature: string; why: string }>;
}

export interface Measurement {
  /** What was measured, e.g. `script on compare/index.html`. */
  name: string;
  bytes: number;
  /** The budget, or null for figures that are only reported. */
  budget: number | null;
  /** The files that make up the figure, largest first. */
  files: { path: string; bytes: number }[];
  /** What `bytes` counts when it is not gzipped bytes: files found holding a library that must not ship. */
  unit?: 'files';
  /** Said with the figure when the budget is broken. */
  why?: string;
}

export const gzipSize = (data: string | Buffer): number => gzipSync(data, { level: 9 }).length;

const FRAMEWORK = /preact|astro-island|__PREACT/;

/** Static and dynamic imports of a built module, resolved against its own path. */
function importsOf(code: string, from: string): { statics: string[]; dynamics: string[] } {
  const resolve = (spec: string) => posix.normalize(posix.join(posix.dirname(from), spec)).replace(/^\//, '');
  const statics = [
    ...code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.{1,2}\/[^"']+)["']/g),
  ].map((m) => resolve(m[1]!));
  const dynamics = [...code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)].map((m) =>
    resolve(m[1]!),
  );
  return { statics, dynamics };
}

/** A page's scripts: inline module bodies, and files it loads before interaction. */
function pageScripts(dist: string, page: string): { inline: string[]; files: string[] } {
  const html = readFileSync(join(dist, page), 'utf8');
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="application\/(ld\+)?json"/.test(m[0]))
    .map((m) => m[1]!)
    .filter((code) => code.trim() !== '');
  const attrs = [
    ...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g),
  ].map((m) => m[1]!.replace(/^\//, ''));
  const fromInline = inline.flatMap((code) =>
    importsOf(code, page.replace(/[^/]*$/, '')).statics.map((p) => p),
  );
  const absolute = inline.flatMap((code) =>
    [...code.matchAll(/["'](\/_astro\/[^"']+\.js)["']/g)].map((m) => m[1]!.slice(1)),
  );
  return { inline, files: [...new Set([...attrs, ...fromInline, ...absolute])] };
}

/** Every module reachable from `entries`; with `dynamic`, through import() too. */
function closure(dist: string, entries: string[], dynamic: boolean): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path) || !existsSync(join(dist, path))) continue;
    seen.add(path);
    const { statics, dynamics } = importsOf(readFileSync(join(dist, path), 'utf8'), `/${path}`);
    queue.push(...statics, ...(dynamic ? dynamics : []));
  }
  return [...seen];
}

function sized(dist: string, paths: string[]): { path: string; bytes: number }[] {
  return paths
    .map((path) => ({ path, bytes: gzipSize(readFileSync(join(dist, path))) }))
    .sort((a, b) => b.bytes - a.bytes);
}

function total(files: { bytes: number }[]): number {
  return files.reduce((sum, file) => sum + file.bytes, 0);
}

/** Pages matching a pattern with one `*` for a path segment, e.g. `topics/* /index.html`. */
function pagesMatching(dist: string, pattern: string): string[] {
  if (!pattern.includes('*')) return existsSync(join(dist, pattern)) ? [pattern] : [];
  const [before, after] = pattern.split('*') as [string, string];
  const dir = join(dist, before);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => `${before}${name}${after}`)
    .filter((path) => existsSync(join(dist, path)));
}

/** Every figure the budgets speak of, measured on `dist`. */
export function measure(dist: string, budgets: Budgets): Measurement[] {
  const out: Measurement[] = [];
  for (const pattern of budgets.catalogue.pages) {
    // One figure per page type: its heaviest page.
    let heaviest: Measurement | undefined;
    for (const page of pagesMatching(dist, pattern)) {
      const { inline, files } = pageScripts(dist, page);
      const loaded = sized(dist, closure(dist, files, false));
      const inlineFiles = inline.map((code, i) => ({
        path: `${page} (inline script ${i + 1})`,
        bytes: gzipSize(code),
      }));
      const all = [...inlineFiles, ...loaded].sort((a, b) => b.bytes - a.bytes);
      const figure = {
        name: `script on ${pattern}`,
        bytes: total(all),
        budget: budgets.catalogue.scriptPerPage,
        files: all,
      };
      if (!heaviest || figure.bytes > heaviest.bytes) heaviest = figure;
      const framework = [...inline, ...loaded.map((f) => readFileSync(join(dist, f.path), 'utf8'))].some(
        (code) => FRAMEWORK.test(code),
      );
      if (framework && !budgets.catalogue.frameworkCode) {
        out.push({ name: `framework code on ${page}`, bytes: 1, budget: 0, files: all });
      }
    }
    if (heaviest) out.push(heaviest);
  }
  const compare = sized(dist, ['compare/index.html']);
  out.push({
    name: 'HTML of compare/index.html',
    bytes: total(compare),
    budget: budgets.compareHtml,
    files: compare,
  });

  if (existsSync(join(dist, budgets.wizard.page))) {
    const { inline, files } = pageScripts(dist, budgets.wizard.page);
    const inlineFiles = inline.map((code, i) => ({
      path: `${budgets.wizard.page} (inline script ${i + 1})`,
      bytes: gzipSize(code),
    }));
    const initial = [...inlineFiles, ...sized(dist, closure(dist, files, false))].sort(
      (a, b) => b.bytes - a.bytes,
    );
    out.push({
      name: 'wizard: script before first interaction',
      bytes: total(initial),
      budget: budgets.wizard.initialScript,
      files: initial,
    });
    const data = sized(
      dist,
      budgets.wizard.data.filter((path) => existsSync(join(dist, path))),
    );
    const reachable = closure(dist, files, true);
    const everything = [...inlineFiles, ...sized(dist, reachable), ...data].sort((a, b) => b.bytes - a.bytes);
    out.push({
      name: 'wizard: everything it can load',
      bytes: total(everything),
      budget: budgets.wizard.everything,
      files: everything,
    });
    for (const file of data)
      out.push({ name: `wizard data ${file.path}`, bytes: file.bytes, budget: null, files: [file] });
  }

  out.push(...shipped(dist, budgets.mustNotShip ?? {}));

  const pagefind = join(dist, 'pagefind');
  if (existsSync(pagefind)) {
    // The build's brotli and gzip copies are other forms of the same files, not more of them.
    const files = walk(pagefind)
      .filter((path) => !/\.(?:br|gz)$/.test(path))
      .map((path) => relative(dist, path));
    const pages = walk(dist).filter((p) => p.endsWith('.html') && !p.endsWith('404.html')).length;
    const bytes = files.reduce((sum, path) => sum + statSync(join(dist, path)).size, 0);
    out.push({
      name: `Pagefind index per page (${pages} pages, as served)`,
      bytes: Math.round(bytes / Math.max(pages, 1)),
      budget: null,
      files: [],
    });
  }
  return out;
}

/** For each library that must not ship: the built scripts holding it (none, when all is well). */
function shipped(dist: string, banned: NonNullable<Budgets['mustNotShip']>): Measurement[] {
  const scripts = existsSync(dist) ? walk(dist).filter((path) => path.endsWith('.js')) : [];
  return Object.entries(banned).map(([library, { signature, why }]) => {
    const found = scripts.filter((path) => readFileSync(path, 'utf8').includes(signature));
    return {
      name: `${library} in any of the ${scripts.length} browser scripts`,
      bytes: found.length,
      budget: 0,
      files: sized(
        dist,
        found.map((path) => relative(dist, path)),
      ),
      unit: 'files' as const,
      why,
    };
  });
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** One message per broken budget: the figure, the budget and the files that make it up, largest first. */
export function brokenBudgets(measurements: Measurement[]): string[] {
  return measurements
    .filter((m) => m.budget !== null && m.bytes > m.budget)
    .map((m) =>
      m.unit === 'files'
        ? `${m.name}: found in ${m.files.map((f) => f.path).join(', ')}. ${m.why ?? ''}`.trim()
        : `${m.name}: ${kb(m.bytes)} gzipped, over the budget of ${kb(m.budget!)}; largest: ` +
          m.files
            .slice(0, 3)
            .map((f) => `${f.path} (${kb(f.bytes)})`)
            .join(', '),
    );
}

/** A figure as `npm run size` prints it: gzipped kilobytes, or a count of files. */
const shown = (m: Measurement, value: number): string =>
  m.unit === 'files' ? `${value} ${value === 1 ? 'file' : 'files'}` : kb(value);

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export function readBudgets(root: string): Budgets {
  return JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8')) as Budgets;
}

if (import.meta.main) {
  const root = join(import.meta.dirname, '..');
  const measurements = measure(join(root, 'dist'), readBudgets(root));
  for (const m of measurements) {
    const budget = m.budget === null ? 'reported' : `budget ${shown(m, m.budget)}`;
    console.log(
      `${m.bytes > (m.budget ?? Infinity) ? '✗' : '✓'} ${m.name.padEnd(60)} ${shown(m, m.bytes).padStart(9)}  ${budget}`,
    );
  }
  const broken = brokenBudgets(measurements);
  if (broken.length > 0) {
    console.error(broken.join('\n'));
    process.exit(1);
  }
}
