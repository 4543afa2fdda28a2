/**
 * A private copy of the project for the benchmark: the code, the content and the built site as
 * they were when it started, with node_modules linked. Builds run there, so their `.astro/`
 * (where Astro lists the content modules of a build) is their own: a build in the real project
 * at the same moment, with other content, cannot swap modules under them, nor they under it. And
 * an edit to `src/` while the benchmark runs changes nothing half-way through.
 */
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchContext } from './context.ts';

/** What a build and the receiver need (`scripts/`: the build's own steps, which astro.config.mjs imports); tests and caches stay behind. */
const COPIED = [
  'src',
  'public',
  'content',
  'dist',
  'scripts',
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
];

export function snapshotProject(context: BenchContext): void {
  const { root, project } = context;
  if (!existsSync(join(root, 'dist/data/intake.json')))
    throw new Error('dist/data/intake.json is missing: run `npm run build` first');
  rmSync(project, { recursive: true, force: true });
  mkdirSync(project, { recursive: true });
  for (const name of COPIED) {
    if (existsSync(join(root, name))) cpSync(join(root, name), join(project, name), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
}
