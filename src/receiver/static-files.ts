/**
 * Serves the built site from `dist/`: the right content type, `index.html` for folders,
 * `404.html` with status 404 for anything missing, and nothing outside the folder.
 * Everything is asynchronous so a page load never holds up a ticket.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/** Worth compressing: text of some size. Pagefind's index files are already compressed. */
function compressible(type: string, size: number): boolean {
  return size > 1024 && /^(text\/|application\/(json|xml|manifest)|image\/svg)/.test(type);
}

async function fileAt(path: string): Promise<Stats | undefined> {
  try {
    const stats = await stat(path);
    return stats;
  } catch {
    return undefined;
  }
}

export function createStaticFiles(distDir: string) {
  const root = resolve(distDir);

  /** The file a URL path names inside the root, or undefined when it tries to leave it. */
  function inside(pathname: string): string | undefined {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return undefined;
    }
    if (decoded.includes('\0')) return undefined;
    const path = join(root, decoded);
    return path === root || path.startsWith(root + sep) ? path : undefined;
  }

  async function send(req: IncomingMessage, res: ServerResponse, path: string, stats: Stats, status: number) {
    const type = TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
    const gzip =
      compressible(type, stats.size) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const headers: Record<string, string | number> = {
      'Content-Type': type,
      'Last-Modified': stats.mtime.toUTCString(),
      'X-Content-Type-Options': 'nosniff',
      // Astro fingerprints everything under /_astro/, so those never change; pages may.
      'Cache-Control': path.includes(`${sep}_astro${sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      Vary: 'Accept-Encoding',
    };
    if (gzip) headers['Content-Encoding'] = 'gzip';
    else headers['Content-Length'] = stats.size;
    res.writeHead(status, headers);
    if (req.method === 'HEAD') return void res.end();
    const file = createReadStream(path);
    await (gzip ? pipeline(file, createGzip(), res) : pipeline(file, res)).catch(() => res.destroy());
  }

  async function notFound(req: IncomingMessage, res: ServerResponse) {
    const page = join(root, '404.html');
    const stats = await fileAt(page);
    if (stats?.isFile()) return send(req, res, page, stats, 404);
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
  }

  /** Answers a GET or HEAD for `url` from the built site. */
  return async function serve(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const path = inside(url.pathname);
    if (path === undefined) return notFound(req, res);
    let stats = await fileAt(path);
    let file = path;
    if (stats?.isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = join(path, 'index.html');
      stats = await fileAt(file);
    } else if (!stats && extname(path) === '') {
      file = `${path}.html`;
      stats = await fileAt(file);
    }
    if (!stats?.isFile()) return notFound(req, res);
    return send(req, res, file, stats, 200);
  };
}
