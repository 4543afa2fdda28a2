/**
 * The security headers on every answer, through `@fastify/helmet`, and the Content Security
 * Policy of the built site: scripts, styles, workers and connections from the site itself only,
 * plus exactly the inline scripts and styles the pages carry, by hash. The hashes are computed
 * from the built pages at build time (`inline-hashes.ts`) into `csp-sources.json`:
 * Astro's own CSP support hashes its bundled scripts but not `is:inline` ones, and it writes a
 * `<meta>` tag, which cannot carry `frame-ancestors`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import { oneLine } from './database/problems.ts';
import { cspSources } from './inline-hashes.ts';

/** Written into the built site by `npm run build`, read when the receiver starts. */
export const CSP_SOURCES_FILE = 'csp-sources.json';

/** Sources the built pages need beyond the site itself, as CSP source expressions (`'sha256-…'`, an origin). */
export interface CspSources {
  'script-src': string[];
  'style-src': string[];
  'connect-src': string[];
}

export const NO_EXTRA_SOURCES: CspSources = { 'script-src': [], 'style-src': [], 'connect-src': [] };

/** Features no page uses: denied, so an injected script cannot ask for them either. */
const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
].join(', ');

/**
 * The sources the build recorded for `distDir`. A build from before they were recorded has its
 * pages hashed now, with a note to `log`; an unreadable record is a one-line error.
 */
export function loadCspSources(distDir: string, log: (line: string) => void = console.log): CspSources {
  const file = join(distDir, CSP_SOURCES_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new Error(`cannot read ${file}: ${oneLine(error)}`);
    log(
      `receiver: ${file} is missing (a build from before it was written); hashing the pages' inline scripts now`,
    );
    return cspSources(distDir, undefined);
  }
  try {
    return { ...NO_EXTRA_SOURCES, ...(JSON.parse(text) as Partial<CspSources>) };
  } catch (error) {
    throw new Error(`cannot read ${file}: ${oneLine(error)}; run \`npm run build\` again`);
  }
}

/** The policy's directives: nothing from elsewhere, no framing, no plugins, forms post only here. */
export function cspDirectives(sources: CspSources): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    // Pagefind's search runs WebAssembly, which needs 'wasm-unsafe-eval' (and nothing else does).
    'script-src': ["'self'", "'wasm-unsafe-eval'", ...sources['script-src']],
    'style-src': ["'self'", ...sources['style-src']],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...sources['connect-src']],
    'worker-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
}

export async function registerSecurityHeaders(app: FastifyInstance, sources: CspSources): Promise<void> {
  await app.register(helmet, {
    // Set below from a policy parsed once: @fastify/helmet would parse it again for every request.
    contentSecurityPolicy: false,
    // Under `no-referrer` a browser sends `Origin: null` with a form's POST: the site's own form would look foreign.
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    xFrameOptions: { action: 'deny' },
    // Only honoured over HTTPS (behind a TLS proxy); not for the operator's other subdomains.
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: false },
  });
  const policy = helmet.contentSecurityPolicy({ useDefaults: false, directives: cspDirectives(sources) });
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('Permissions-Policy', PERMISSIONS_POLICY);
    policy(request.raw, reply.raw, done);
  });
}
