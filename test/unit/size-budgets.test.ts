import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenBudgets, measure, type Budgets } from '../../scripts/size-budgets.ts';

const budgets: Budgets = {
  catalogue: {
    pages: ['index.html', 'topics/*/index.html', 'compare/index.html'],
    scriptPerPage: 10240,
    frameworkCode: false,
  },
  compareHtml: 30720,
  wizard: { page: 'support/new/index.html', initialScript: 25600, everything: 61440, data: [] },
  mustNotShip: { luxon: { signature: 'Invalid DateTime', why: 'The clock runs on the compiled calendar.' } },
};

/** A tiny built site: pages load `/_astro/<name>.js`, which imports a chunk statically and another lazily. */
function site(chunkBytes: number, extra = ''): string {
  const dist = mkdtempSync(join(tmpdir(), 'budget-'));
  mkdirSync(join(dist, '_astro'));
  mkdirSync(join(dist, 'compare'));
  mkdirSync(join(dist, 'topics/a'), { recursive: true });
  // Random hex does not compress, so the gzipped size is about half the byte count.
  writeFileSync(
    join(dist, '_astro/big.js'),
    `export const x = "${randomBytes(chunkBytes).toString('hex')}";${extra}`,
  );
  writeFileSync(join(dist, '_astro/lazy.js'), `export const y = "${randomBytes(40_000).toString('hex')}";`);
  writeFileSync(join(dist, '_astro/page.js'), `import "./big.js"; const l = () => import("./lazy.js");`);
  const page = '<!doctype html><title>t</title><script type="module" src="/_astro/page.js"></script>';
  for (const path of ['index.html', 'topics/a/index.html', 'compare/index.html'])
    writeFileSync(join(dist, path), page);
  return dist;
}

describe('the byte budget checker', () => {
  it('passes a page whose scripts fit, not counting what loads on use', () => {
    expect(brokenBudgets(measure(site(1000), budgets))).toEqual([]);
  });

  it('fails an oversized script with the figure, the budget and the file that grew', () => {
    const broken = brokenBudgets(measure(site(12_000), budgets));
    expect(broken).toHaveLength(3);
    expect(broken[0]).toMatch(
      /^script on index\.html: \d+\.\d KB gzipped, over the budget of 10\.0 KB; largest: _astro\/big\.js \(\d+\.\d KB\)/,
    );
  });

  it('fails a catalogue page that ships framework code', () => {
    const broken = brokenBudgets(measure(site(100, 'import "preact";'), budgets));
    expect(broken.some((line) => line.startsWith('framework code on topics/a/index.html'))).toBe(true);
  });

  it('counts no luxon in scripts that do not hold it', () => {
    const luxon = measure(site(100), budgets).find((m) => m.name.startsWith('luxon'));
    expect(luxon).toMatchObject({ name: 'luxon in any of the 3 browser scripts', bytes: 0, budget: 0 });
  });

  it('fails when a lazily loaded chunk bundles luxon, naming the file and why it must not ship', () => {
    const dist = site(100);
    // What luxon's bundled code always holds: its text for an invalid DateTime.
    writeFileSync(join(dist, '_astro/lazy.js'), 'export const invalid = () => "Invalid DateTime";');
    expect(brokenBudgets(measure(dist, budgets))).toEqual([
      'luxon in any of the 3 browser scripts: found in _astro/lazy.js. The clock runs on the compiled calendar.',
    ]);
  });
});
