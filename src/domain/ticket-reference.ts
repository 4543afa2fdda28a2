/**
 * The short reference people use for a ticket on the phone and in e-mail, derived from its id
 * so the browser, the receiver and the command line all show the same one.
 */

/** Crockford's base 32: no I, L, O or U, so a reference survives being read out on the phone. */
const REFERENCE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A reference as `ticketReference` writes it: `CAS-` and eight characters of Crockford's base 32. */
export const REFERENCE_PATTERN = /^CAS-[0-9A-HJKMNP-TV-Z]{8}$/;

/**
 * A short reference for people, e.g. `CAS-7F3A9C2D`, the same wherever it is computed.
 * It hashes the whole id (any UUID version) into 40 bits, so references rarely repeat;
 * the id stays the key.
 */
export function ticketReference(id: string): string {
  let n = hash53(id.trim().toLowerCase()) % 2 ** 40;
  let code = '';
  for (let i = 0; i < 8; i++) {
    code = REFERENCE_ALPHABET.charAt(n % 32) + code;
    n = Math.floor(n / 32);
  }
  return `CAS-${code}`;
}

/** cyrb53: a small, well-mixed 53-bit string hash that needs no crypto API. */
function hash53(value: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < value.length; i++) {
    const ch = value.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
