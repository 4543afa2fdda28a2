/** The receiver's settings, read from the environment with defaults for `npm start`. */
import { isIP } from 'node:net';
import { dirname, join } from 'node:path';
import { hostName } from './allowed-hosts.ts';
import { DEFAULT_MIN_FREE_BYTES } from './attachments/file-store.ts';
import { originOf } from './cors.ts';

export interface ReceiverConfig {
  port: number;
  host: string;
  /** SQLite file for received tickets. */
  ticketsDb: string;
  /** The folder uploaded files are kept in: `attachments/` beside the database unless set. */
  attachmentsDir: string;
  /** Disk space uploads must leave free, for the ticket database (`ATTACHMENTS_MIN_FREE_MB`). */
  attachmentsMinFreeBytes: number;
  /** The public address, for links the receiver hands out (attachment downloads). */
  siteUrl: string;
  /** The built site to serve. */
  distDir: string;
  rateLimitPerMinute: number;
  /** Origins allowed to post from another site, normalised (`https://helpdesk.example`). */
  corsOrigins: string[];
  /** Host names a ticket may be posted to (the `Host` header), lower case. */
  allowedHosts: string[];
  /**
   * Which proxies' `X-Forwarded-For` to believe for the client's address: false for none, a number
   * of hops, or their addresses and networks (`10.0.0.0/8`, `loopback`).
   */
  trustProxy: false | number | string[];
}

/** Where tickets are kept when `TICKETS_DB` is not set, for the receiver and `npm run tickets`. */
export const DEFAULT_TICKETS_DB = 'data/tickets.sqlite';

/** Enough for a person (or an office behind one address) raising tickets by hand. */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 30;

/** Where the site is deployed when `SITE_URL` is not set; the same default as the build's. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/** Always allowed besides the site's own host: the machine itself, under its usual names. */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

type Env = Record<string, string | undefined>;

/**
 * Reads `PORT`, `HOST`, `TICKETS_DB`, `ATTACHMENTS_DIR`, `ATTACHMENTS_MIN_FREE_MB`, `DIST_DIR`, `RATE_LIMIT_PER_MINUTE`, `CORS_ORIGINS`,
 * `ALLOWED_HOSTS`, `SITE_URL` and `TRUST_PROXY`; throws a one-line error naming the setting on a bad value.
 */
export function readConfig(env: Env): ReceiverConfig {
  const ticketsDb = env.TICKETS_DB?.trim() || DEFAULT_TICKETS_DB;
  return {
    port: whole(env, 'PORT', 4321, 65_535),
    host: env.HOST?.trim() || '127.0.0.1',
    ticketsDb,
    attachmentsDir: env.ATTACHMENTS_DIR?.trim() || join(dirname(ticketsDb), 'attachments'),
    attachmentsMinFreeBytes:
      whole(env, 'ATTACHMENTS_MIN_FREE_MB', DEFAULT_MIN_FREE_BYTES / 1024 / 1024, 1_000_000) * 1024 * 1024,
    siteUrl: env.SITE_URL?.trim() || DEFAULT_SITE_URL,
    distDir: env.DIST_DIR?.trim() || 'dist',
    rateLimitPerMinute: whole(env, 'RATE_LIMIT_PER_MINUTE', DEFAULT_RATE_LIMIT_PER_MINUTE, 1_000_000),
    corsOrigins: list(env, 'CORS_ORIGINS').map((origin) =>
      checked('CORS_ORIGINS', origin, originOf, 'an origin like https://helpdesk.example'),
    ),
    allowedHosts: allowedHosts(env),
    trustProxy: trustProxy(env),
  };
}

function allowedHosts(env: Env): string[] {
  const listed = list(env, 'ALLOWED_HOSTS');
  if (listed.length > 0)
    return listed.map((host) =>
      checked('ALLOWED_HOSTS', host, hostName, 'a host name like support.example.com'),
    );
  const site = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  const own = checked('SITE_URL', site, (url) => hostName(URL.parse(url)?.host ?? ''), 'an absolute URL');
  return [...new Set([own, ...LOOPBACK_HOSTS])];
}

function trustProxy(env: Env): ReceiverConfig['trustProxy'] {
  const raw = env.TRUST_PROXY?.trim();
  if (!raw || raw === 'false') return false;
  if (/^\d+$/.test(raw)) return whole(env, 'TRUST_PROXY', 0, 10);
  return list(env, 'TRUST_PROXY').map((entry) =>
    checked(
      'TRUST_PROXY',
      entry,
      proxyEntry,
      'a number of proxies, or addresses and networks like 10.0.0.0/8',
    ),
  );
}

/** Names `proxy-addr` knows for address ranges. */
const PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** An address, a network (`10.0.0.0/8`, `fd00::/8`) or a named range, as Fastify's `trustProxy` takes them. */
function proxyEntry(entry: string): string | undefined {
  if (PROXY_RANGES.has(entry)) return entry;
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return undefined;
  if (bits === undefined) return entry;
  const prefix = Number(bits);
  return /^\d+$/.test(bits) && prefix <= (family === 4 ? 32 : 128) ? entry : undefined;
}

function list(env: Env, name: string): string[] {
  return (env[name] ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** `normalise(value)`, or a one-line error naming the setting when it gives undefined. */
function checked(
  name: string,
  value: string,
  normalise: (value: string) => string | undefined,
  expected: string,
) {
  const normalised = normalise(value);
  if (normalised === undefined) throw new Error(`${name}: expected ${expected}, got "${value}"`);
  return normalised;
}

function whole(env: Env, name: string, fallback: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new Error(`${name} must be a whole number from 0 to ${max}, got "${raw}"`);
  }
  return value;
}
