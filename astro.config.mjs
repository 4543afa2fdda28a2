// @ts-check
import { defineConfig, envField } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { TICKETS_PATH } from './src/domain/routes.ts';
import { wizardChunk } from './scripts/wizard-chunks.ts';

/** The public address the site is deployed at; canonical URLs and the sitemap use it. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  // Broken-content fixture builds use their own cache so they never mix with the real content's data store.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  integrations: [mdx(), preact(), sitemap()],
  vite: {
    plugins: [
      {
        // The wizard page's client code, bundled for size (everything it can load is on a budget).
        name: 'wizard-client-chunks',
        configEnvironment: (name) =>
          name === 'client'
            ? {
                build: {
                  // The lazily loaded chunk imports nothing the page has not already loaded: nothing to preload.
                  modulePreload: false,
                  // Lets the bundler move the page script's imports into the `wizard` file (the entry keeps its exports).
                  rolldownOptions: {
                    preserveEntrySignatures: 'allow-extension',
                    // Two files for the wizard page, whatever imports what: see scripts/wizard-chunks.ts.
                    output: {
                      codeSplitting: {
                        groups: [{ name: wizardChunk, includeDependenciesRecursively: false }],
                      },
                    },
                  },
                },
              }
            : undefined,
      },
    ],
    build: {
      rolldownOptions: {
        // MDX content modules carry Astro's own "use astro:head-inject" directive; the bundler's note about it is noise.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
  env: {
    schema: {
      PUBLIC_TICKET_WEBHOOK_URL: envField.string({
        context: 'client',
        access: 'public',
        optional: true,
        default: TICKETS_PATH,
      }),
    },
  },
});
