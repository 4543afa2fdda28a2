/**
 * Builds the site when `dist/` is missing or older than anything it is built from,
 * so `npm start` and the command-line tools always read a current build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const SOURCES = ['content', 'src', 'public', 'scripts/build', 'astro.config.mjs', 'package.json'];

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

const built = join(ROOT, 'dist/index.html');
const stale =
  !existsSync(built) ||
  SOURCES.some(
    (source) => existsSync(join(ROOT, source)) && newest(join(ROOT, source)) > statSync(built).mtimeMs,
  );

if (stale) {
  console.error('Building the site (dist/ is missing or out of date)…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  process.exit(result.status ?? 1);
}
