/**
 * The baseline for build scaling: the smallest Astro project that builds the same number of MDX
 * pages with the same bodies (MDX integration only, one plain layout), so the ratio shows what the
 * catalogue adds on top of Astro itself.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyntheticTopic } from './synthetic-catalogue.ts';

const CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// The cache goes where the benchmark says: the default (node_modules/.astro) is the real project's.
export default defineConfig({
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './.astro-cache',
  integrations: [mdx()],
});
`;

const LAYOUT = `---
const { frontmatter } = Astro.props;
---
<!doctype html>
<html lang="en-GB">
  <head><meta charset="utf-8" /><title>{frontmatter.title}</title></head>
  <body><main><h1>{frontmatter.title}</h1><slot /></main></body>
</html>
`;

/** Replaces `dir` with a bare Astro project of one page per topic; `nodeModules` is linked, not installed. */
export function writeBareProject(dir: string, nodeModules: string, topics: readonly SyntheticTopic[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  mkdirSync(join(dir, 'src/layouts'));
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'bare-astro', private: true, type: 'module' }, null, 2)}\n`,
  );
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src/layouts/Page.astro'), LAYOUT);
  topics.forEach((topic, i) => {
    const frontmatter = `---\nlayout: ../layouts/Page.astro\ntitle: ${JSON.stringify(topic.title)}\n---\n\n`;
    writeFileSync(join(dir, `src/pages/p-${i}.mdx`), `${frontmatter}${topic.body}\n`);
  });
}
