/**
 * Signed download links for attached files, for targets that take no files (a webhook): the
 * link names the token and when it expires, signed with HMAC-SHA256 under a secret only the
 * receiver knows (`DOWNLOAD_LINK_SECRET`, or one generated on first start and kept beside the
 * database). A link works for `DOWNLOAD_LINK_DAYS` days after the ticket arrived, the same on
 * every delivery attempt, so a webhook's body does not change between attempts.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { ATTACHMENTS_PATH } from '../../domain/routes.ts';

export const DOWNLOAD_LINK_DAYS = 7;
const LIFETIME_MS = DOWNLOAD_LINK_DAYS * 24 * 60 * 60_000;

export interface DownloadLinks {
  /** The link to a file of a ticket that arrived at `receivedAt` (ms), and when it stops working. */
  linkFor(token: string, receivedAt: number): { url: string; expiresAt: string };
  /** Whether a link's `expires` (seconds since the epoch) and `signature` are good for `token` now. */
  check(token: string, expires: string, signature: string, now: number): 'ok' | 'expired' | 'forged';
}

export function createDownloadLinks(secret: Buffer, siteUrl: string): DownloadLinks {
  const sign = (token: string, expires: number) =>
    createHmac('sha256', secret).update(`${token}.${expires}`).digest('base64url');
  return {
    linkFor(token, receivedAt) {
      const expires = Math.floor((receivedAt + LIFETIME_MS) / 1000);
      const url = new URL(`${ATTACHMENTS_PATH}/${token}`, siteUrl);
      url.searchParams.set('expires', String(expires));
      url.searchParams.set('signature', sign(token, expires));
      return { url: url.href, expiresAt: new Date(expires * 1000).toISOString() };
    },
    check(token, expires, signature, now) {
      if (!/^\d{1,12}$/.test(expires)) return 'forged';
      const expected = Buffer.from(sign(token, Number(expires)));
      const given = Buffer.from(signature);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'forged';
      return Number(expires) * 1000 < now ? 'expired' : 'ok';
    },
  };
}

/**
 * The signing secret: `DOWNLOAD_LINK_SECRET` when set, else the one in `file`, created (32 random
 * bytes, readable by the receiver's user only) on first start.
 */
export function downloadLinkSecret(fromEnv: string | undefined, file: string): Buffer {
  if (fromEnv?.trim()) return Buffer.from(fromEnv.trim());
  try {
    return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  } catch {
    const secret = randomBytes(32);
    try {
      writeFileSync(file, secret.toString('hex'), { mode: 0o600, flag: 'wx' });
      return secret;
    } catch {
      // Another process wrote it first: use theirs.
      return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
    }
  }
}
