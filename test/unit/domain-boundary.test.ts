/**
 * The lint rule that keeps `src/domain/` plain: it may not import Astro, Node, the DOM, a zone
 * library or the outlets that call it. Each case lints a small text as if it were a file in `src/domain/`.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

/** The project's config, without type information so a text that is not on disk can be linted. */
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: [
    tseslint.configs.disableTypeChecked,
    { languageOptions: { parserOptions: { projectService: false, project: null } } },
  ],
});

async function problems(code: string, filePath = 'src/domain/probe.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('the src/domain/ boundary', () => {
  it.each([
    [
      "import { readFileSync } from 'node:fs';",
      'no-restricted-imports',
      'src/domain/ runs in the browser too',
    ],
    [
      "import { getCollection } from 'astro:content';",
      'no-restricted-imports',
      'src/domain/ is plain TypeScript',
    ],
    [
      "import { send } from '../wizard/delivery/deliver.ts';",
      'no-restricted-imports',
      'must not import them',
    ],
    [
      "import { createReceiver } from '../receiver/server.ts';",
      'no-restricted-imports',
      'must not import them',
    ],
    ["import { h } from 'preact';", 'no-restricted-imports', 'src/domain/ has no UI'],
    ["import { DateTime } from 'luxon';", 'no-restricted-imports', 'the clock runs on the compiled calendar'],
    ['export const here = document.title;', 'no-restricted-globals', 'take what you need as an argument'],
    [
      "export const tier = localStorage.getItem('tier');",
      'no-restricted-globals',
      'take what you need as an argument',
    ],
  ])('refuses %s', async (code, rule, message) => {
    const found = await problems(`${code}\nexport {};\n`);
    expect(
      found.some((problem) => problem.startsWith(`${rule}:`) && problem.includes(message)),
      found.join('\n'),
    ).toBe(true);
  });

  it('accepts imports inside the domain and of zod', async () => {
    expect(
      await problems(
        "import { z } from 'zod';\nimport { isTierId } from './catalogue.ts';\nexport const x = [z, isTierId];\n",
      ),
    ).toEqual([]);
  });

  it('keeps luxon out of the wizard and the island too: it stays at build time', async () => {
    for (const file of ['src/wizard/probe.ts', 'src/islands/Probe.tsx']) {
      expect(await problems("import { DateTime } from 'luxon';\nexport const d = DateTime;\n", file)).toEqual(
        [expect.stringMatching(/^no-restricted-imports: .*the clock runs on the compiled calendar/)],
      );
    }
    expect(
      await problems(
        "import { DateTime } from 'luxon';\nexport const d = DateTime;\n",
        'src/loaders/probe.ts',
      ),
    ).toEqual([]);
  });

  it('leaves the outlets free to import Node and the DOM', async () => {
    expect(
      await problems(
        "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
        'src/receiver/probe.ts',
      ),
    ).toEqual([]);
  });
});
