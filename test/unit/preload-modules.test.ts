import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moduleEntries, preloadModules, staticImports } from '../../scripts/build/preload-modules.ts';

describe("module preloads for the pages' scripts", () => {
  it('reads the static imports and re-exports of minified code, never an import()', () => {
    const code =
      'import{a as b}from"./wizard.Ds.js";import"./side.js";export{c}from"../up.js";' +
      'const later=()=>import("./wizard-later.i4.js");let importer="./not-a-module.js";';
    expect(staticImports(code)).toEqual(['./wizard.Ds.js', './side.js', '../up.js']);
  });

  it("finds the module scripts loaded by address and each island's component and renderer", () => {
    const html =
      '<script>document.documentElement.classList.add("js")</script>' +
      '<script type="module">import "/_astro/inline-only.js"</script>' +
      '<script src="/_astro/classic.js"></script>' +
      '<script type="module" src="/_astro/new.astro_astro_type_script_index_0_lang.C.js"></script>' +
      '<astro-island uid="Z" component-url="/_astro/IntakeWizard.D.js" component-export="IntakeWizard" ' +
      'renderer-url="/_astro/client.N.js" ssr client="load"></astro-island>';
    expect(moduleEntries(html)).toEqual([
      '/_astro/new.astro_astro_type_script_index_0_lang.C.js',
      '/_astro/IntakeWizard.D.js',
      '/_astro/client.N.js',
    ]);
  });

  it("preloads what a page's script reaches statically, not what it loads later, once however often it runs", () => {
    const dist = mkdtempSync(join(tmpdir(), 'preload-'));
    mkdirSync(join(dist, '_astro'));
    mkdirSync(join(dist, 'support'));
    writeFileSync(join(dist, '_astro/page.js'), 'import{w}from"./wizard.js";w();');
    writeFileSync(join(dist, '_astro/wizard.js'), 'import"./shared.js";const l=()=>import("./later.js");');
    writeFileSync(join(dist, '_astro/shared.js'), 'export const s=1;');
    writeFileSync(join(dist, '_astro/later.js'), 'export const l=1;');
    const page = join(dist, 'support/index.html');
    writeFileSync(
      page,
      '<html><head><title>x</title></head><body><script type="module" src="/_astro/page.js"></script></body></html>',
    );
    writeFileSync(join(dist, 'index.html'), '<html><head></head><body>no module script</body></html>');

    expect(preloadModules(dist)).toBe(1);
    expect(preloadModules(dist)).toBe(0);
    expect(readFileSync(page, 'utf8')).toContain(
      '<title>x</title><link rel="modulepreload" href="/_astro/page.js">' +
        '<link rel="modulepreload" href="/_astro/wizard.js"><link rel="modulepreload" href="/_astro/shared.js"></head>',
    );
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).not.toContain('modulepreload');
  });
});
