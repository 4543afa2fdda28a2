import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { islandEntries, preloadIslands, staticImports } from '../../scripts/build/preload-islands.ts';

describe('module preloads for the islands', () => {
  it('reads the static imports and re-exports of minified code, never an import()', () => {
    const code =
      'import{a as b}from"./wizard.Ds.js";import"./side.js";export{c}from"../up.js";' +
      'const later=()=>import("./wizard-later.i4.js");let importer="./not-a-module.js";';
    expect(staticImports(code)).toEqual(['./wizard.Ds.js', './side.js', '../up.js']);
  });

  it("finds each island's component and renderer", () => {
    const html =
      '<astro-island uid="Z" component-url="/_astro/IntakeWizard.D.js" component-export="IntakeWizard" ' +
      'renderer-url="/_astro/client.N.js" ssr client="load"></astro-island>';
    expect(islandEntries(html)).toEqual(['/_astro/IntakeWizard.D.js', '/_astro/client.N.js']);
  });

  it('preloads what the island reaches statically, not what it loads later, once however often it runs', () => {
    const dist = mkdtempSync(join(tmpdir(), 'preload-'));
    mkdirSync(join(dist, '_astro'));
    mkdirSync(join(dist, 'support'));
    writeFileSync(join(dist, '_astro/island.js'), 'import{w}from"./wizard.js";export{w};');
    writeFileSync(join(dist, '_astro/wizard.js'), 'import"./shared.js";const l=()=>import("./later.js");');
    writeFileSync(join(dist, '_astro/shared.js'), 'export const s=1;');
    writeFileSync(join(dist, '_astro/later.js'), 'export const l=1;');
    const page = join(dist, 'support/index.html');
    writeFileSync(
      page,
      '<html><head><title>x</title></head><body><astro-island component-url="/_astro/island.js"></astro-island></body></html>',
    );
    writeFileSync(join(dist, 'index.html'), '<html><head></head><body>no island</body></html>');

    expect(preloadIslands(dist)).toBe(1);
    expect(preloadIslands(dist)).toBe(0);
    expect(readFileSync(page, 'utf8')).toContain(
      '<title>x</title><link rel="modulepreload" href="/_astro/island.js">' +
        '<link rel="modulepreload" href="/_astro/wizard.js"><link rel="modulepreload" href="/_astro/shared.js"></head>',
    );
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).not.toContain('modulepreload');
  });
});
