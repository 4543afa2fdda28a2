/** Helpers for tests that read the built site in `dist/`. Run `npm run build` first. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = join(import.meta.dirname, '../../dist');

export function assertBuilt() {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
}

export function readDist(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}

/** Every file under `dist/` (paths relative to it), optionally only those ending in `suffix`. */
export function distFiles(suffix = ''): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith(suffix)) out.push(relative(DIST, path));
    }
  };
  walk(DIST);
  return out.sort();
}
