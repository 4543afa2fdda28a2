/**
 * The last step of `npm run build`, after Astro and Pagefind: adds module preloads for the pages'
 * scripts, records the Content Security Policy's sources for the receiver (`dist/csp-sources.json`)
 * and writes the brotli and gzip copies of the site's text files.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cspSources } from '../../src/receiver/inline-hashes.ts';
import { CSP_SOURCES_FILE } from '../../src/receiver/security-headers.ts';
import { TICKETS_PATH } from '../../src/domain/routes.ts';
import { precompress } from './precompress.ts';
import { preloadModules } from './preload-modules.ts';

const dist = join(import.meta.dirname, '../../dist');
try {
  const preloaded = preloadModules(dist);
  const sources = cspSources(dist, process.env.PUBLIC_TICKET_WEBHOOK_URL ?? TICKETS_PATH);
  writeFileSync(join(dist, CSP_SOURCES_FILE), `${JSON.stringify(sources, null, 2)}\n`);
  const started = performance.now();
  const copies = await precompress(dist);
  console.log(
    `finish: module preloads on ${preloaded} page${preloaded === 1 ? '' : 's'}; ` +
      `${sources['script-src'].length} inline scripts and ${sources['style-src'].length} inline styles hashed; ` +
      `${copies} compressed copies written in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (error) {
  console.error(`finish: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
