/**
 * Entry point of `npm run classify`: loads the built intake data, builds the matcher index from
 * it, and hands the arguments, stdin (with `--jsonl`) and a file reader (for `--eval`) to
 * `runClassify`. Relative `--eval` paths are read from where npm was started.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { IntakeData } from '../domain/intake-data.ts';
import { buildMatcherIndex } from '../domain/matcher.ts';
import { runClassify } from './classify-command.ts';

const ROOT = join(import.meta.dirname, '../..');
const data = JSON.parse(readFileSync(join(ROOT, 'dist/data/intake.json'), 'utf8')) as IntakeData;
const index = buildMatcherIndex(data.catalogue, data.lexicon, data);

const argv = process.argv.slice(2);
const stdin = argv.includes('--jsonl') ? readFileSync(0, 'utf8') : '';
const cwd = process.env.INIT_CWD ?? process.cwd();
const result = runClassify(argv, stdin, data, index, (path) => readFileSync(resolve(cwd, path), 'utf8'));

process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
