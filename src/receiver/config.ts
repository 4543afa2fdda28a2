/** The receiver's settings, read from the environment with defaults for `npm start`. */

export interface ReceiverConfig {
  port: number;
  host: string;
  /** SQLite file for received tickets. */
  ticketsDb: string;
  /** The built site to serve. */
  distDir: string;
  rateLimitPerMinute: number;
  corsOrigins: string[];
}

/** Enough for a person (or an office behind one address) raising tickets by hand. */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 30;

/**
 * Reads `PORT`, `HOST`, `TICKETS_DB`, `DIST_DIR`, `RATE_LIMIT_PER_MINUTE` and `CORS_ORIGINS`
 * (comma-separated); throws a one-line error on a bad value.
 */
export function readConfig(env: Record<string, string | undefined>): ReceiverConfig {
  return {
    port: whole(env, 'PORT', 4321, 65_535),
    host: env.HOST?.trim() || '127.0.0.1',
    ticketsDb: env.TICKETS_DB?.trim() || 'data/tickets.sqlite',
    distDir: env.DIST_DIR?.trim() || 'dist',
    rateLimitPerMinute: whole(env, 'RATE_LIMIT_PER_MINUTE', DEFAULT_RATE_LIMIT_PER_MINUTE, 1_000_000),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  };
}

function whole(env: Record<string, string | undefined>, name: string, fallback: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new Error(`${name} must be a whole number from 0 to ${max}, got "${raw}"`);
  }
  return value;
}
