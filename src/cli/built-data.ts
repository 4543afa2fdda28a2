/**
 * The command-line tools decide from the same data as the site: `dist/data/intake.json`,
 * written by the build from content. `npm run classify` and `npm run sla` build first when needed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IntakeData } from '../domain/intake-data.ts';

export const ROOT = join(import.meta.dirname, '../..');

export function readIntakeData(dist = join(ROOT, 'dist')): IntakeData {
  const path = join(dist, 'data/intake.json');
  if (!existsSync(path)) {
    console.error(`No built data at ${path}: run \`npm run build\` first.`);
    process.exit(2);
  }
  return JSON.parse(readFileSync(path, 'utf8')) as IntakeData;
}

/** Prints a command's result and exits with its code. */
export function finish(result: { code: number; stdout: string; stderr: string }): never {
  if (result.stdout)
    process.stdout.write(result.stdout.endsWith('\n') ? result.stdout : `${result.stdout}\n`);
  if (result.stderr)
    process.stderr.write(result.stderr.endsWith('\n') ? result.stderr : `${result.stderr}\n`);
  process.exit(result.code);
}
