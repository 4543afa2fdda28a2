/**
 * Brotli and gzip copies of the built site's text files, made once at build time at the highest
 * quality, so the receiver (`@fastify/static`'s `preCompressed`) sends them as they are instead of
 * compressing on every request. A copy is only kept when it is smaller than the file.
 */
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Text worth compressing; Pagefind's index files (`.pf_*`) and wasm (`.pagefind`) are compressed already. */
const TEXT = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.svg',
  '.xml',
  '.csv',
  '.txt',
  '.map',
  '.webmanifest',
]);

/** Below this a compressed copy saves less than the headers it costs. */
const MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

const ENCODINGS: readonly { suffix: string; compress: (data: Buffer) => Promise<Buffer> }[] = [
  {
    suffix: '.br',
    compress: (data) =>
      brotli(data, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      }),
  },
  { suffix: '.gz', compress: (data) => gzipped(data, { level: constants.Z_BEST_COMPRESSION }) },
];

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? files(path) : Promise.resolve([path]);
    }),
  );
  return nested.flat();
}

/** Writes `<file>.br` and `<file>.gz` beside every text file in `dist`; returns how many copies it wrote. */
export async function precompress(dist: string): Promise<number> {
  const candidates = (await files(dist)).filter((path) => TEXT.has(extname(path)));
  const written = await Promise.all(
    candidates.map(async (path) => {
      if ((await stat(path)).size < MIN_BYTES) return 0;
      const data = await readFile(path);
      const copies = await Promise.all(
        ENCODINGS.map(async ({ suffix, compress }) => {
          const packed = await compress(data);
          if (packed.length >= data.length) return 0;
          await writeFile(path + suffix, packed);
          return 1;
        }),
      );
      return copies.reduce<number>((sum, n) => sum + n, 0);
    }),
  );
  return written.reduce((sum, n) => sum + n, 0);
}
