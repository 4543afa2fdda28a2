/**
 * The built site as a Fastify plugin, through `@fastify/static`: ETag and Last-Modified (a
 * revalidation is a 304), byte ranges, the brotli or gzip copy written at build time when the
 * browser takes it, a year's caching for content-hashed files and revalidation for the rest
 * (`cache-policy.ts`), `404.html` for anything missing, and nothing outside the folder: not by
 * `..`, not by an encoded slash, not by a symbolic link. The wizard and sent pages are filled in
 * on the way out (`page-slots.ts`).
 */
import { realpathSync } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { negotiate } from '@fastify/accept-negotiator';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { SENT_PATH, WIZARD_PARAMS, WIZARD_PATH } from '../domain/routes.ts';
import { cacheControl } from './cache-policy.ts';
import { withChoices, withFormId, withReference } from './page-slots.ts';

export interface SiteOptions {
  distDir: string;
  /** Fresh ticket ids for the no-JavaScript form. */
  newId: () => string;
}

const NOT_FOUND_PAGE = '404.html';

/** Thrown for a file reached through a link that leaves the site: answered as missing. */
const outsideSite = () => Object.assign(new Error('not part of the site'), { statusCode: 404 });

const compress = {
  br: promisify((input: Buffer, done: (error: Error | null, result: Buffer) => void) =>
    // A page filled in per request is compressed per request: quickly, not as hard as at build time.
    brotliCompress(input, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }, done),
  ),
  gzip: promisify((input: Buffer, done: (error: Error | null, result: Buffer) => void) => gzip(input, done)),
};

export const site: FastifyPluginAsync<SiteOptions> = async (app, options) => {
  const root = resolve(options.distDir);
  const realRoot = realpathSync(root);

  await app.register(fastifyStatic, {
    root,
    preCompressed: true,
    redirect: true,
    index: ['index.html'],
    dotfiles: 'ignore',
    cacheControl: false,
    setHeaders: (reply, path) => {
      reply.header('Cache-Control', cacheControl(relative(root, path).split(sep).join('/')));
    },
    // Every file is served by its real path, which must be inside the site too.
    onFile: async (path: string) => {
      const real = await realpath(path);
      if (real !== realRoot && !real.startsWith(realRoot + sep)) throw outsideSite();
    },
  });

  // `send` still names JavaScript by its obsolete type; RFC 9239 made text/javascript the one to use.
  // A callback hook, not an async one: @fastify/static's trailing-slash redirect does not wait for
  // its reply, and an async hook's pause let a second write follow it (ERR_HTTP_HEADERS_SENT).
  app.addHook('onSend', (_request, reply, payload, done) => {
    const type = reply.getHeader('content-type');
    if (typeof type === 'string' && type.startsWith('application/javascript'))
      reply.header('content-type', type.replace('application/javascript', 'text/javascript'));
    done(null, payload);
  });

  // Read, not `sendFile`: this handler also answers in contexts registered before the static
  // plugin (the API's), whose replies have no `sendFile`.
  app.setNotFoundHandler(async (_request, reply) => {
    const page = await readFile(join(root, NOT_FOUND_PAGE)).catch(() => undefined);
    if (page) return reply.code(404).type('text/html; charset=utf-8').send(page);
    return reply.code(404).type('text/plain; charset=utf-8').send('Not found\n');
  });

  // Each by its folder's address and by its file's (`/support/new/index.html`), which serves the same page.
  for (const url of [WIZARD_PATH, `${WIZARD_PATH}index.html`])
    app.get(url, async (request, reply) => {
      const html = await readPage(root, WIZARD_PATH);
      const query = request.query as Record<string, unknown>;
      const choices = { tier: query[WIZARD_PARAMS.tier], topic: query[WIZARD_PARAMS.topic] };
      const filled = html === undefined ? undefined : withFormId(withChoices(html, choices), options.newId());
      return filled === undefined
        ? reply.sendFile(pageFile(WIZARD_PATH))
        : sendFilled(request, reply, filled);
    });
  for (const url of [SENT_PATH, `${SENT_PATH}index.html`])
    app.get(url, async (request, reply) => {
      const html = await readPage(root, SENT_PATH);
      const { ref } = request.query as { ref?: unknown };
      const filled = html === undefined || typeof ref !== 'string' ? undefined : withReference(html, ref);
      return filled === undefined ? reply.sendFile(pageFile(SENT_PATH)) : sendFilled(request, reply, filled);
    });
};

/** `/support/new/` → `support/new/index.html`. */
function pageFile(path: string): string {
  return `${path.replace(/^\/+/, '')}index.html`;
}

/** The built page at `path` as it is now (a rebuild may replace it while the receiver runs). */
function readPage(root: string, path: string): Promise<string | undefined> {
  return readFile(join(root, pageFile(path)), 'utf8').catch(() => undefined);
}

/**
 * A page made for this request, compressed when the browser takes it. `private, no-cache`: no
 * shared cache keeps it and every visit fetches it anew, yet the browser's Back shows the copy it
 * had, so the form sent again after Back carries the same ticket id and is taken as a repeat, not
 * as a second ticket (`no-store` made Back fetch a fresh id).
 */
async function sendFilled(request: FastifyRequest, reply: FastifyReply, html: string) {
  reply
    .type('text/html; charset=utf-8')
    .header('Cache-Control', 'private, no-cache')
    .header('Vary', 'Accept-Encoding');
  const encoding = negotiate<keyof typeof compress>(String(request.headers['accept-encoding'] ?? ''), [
    'br',
    'gzip',
  ]);
  if (!encoding) return reply.send(html);
  return reply.header('Content-Encoding', encoding).send(await compress[encoding](Buffer.from(html)));
}
