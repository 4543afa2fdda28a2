/**
 * Cross-origin access to the ticket endpoint: only origins listed in `CORS_ORIGINS` may post
 * from another site. Same-origin posts (the site this receiver serves) need no listing. Origins
 * are compared as browsers send them: scheme and host in lower case, no default port.
 */

/** `https://Helpdesk.Example:443/` → `https://helpdesk.example`; undefined when it is not an http(s) origin. */
export function originOf(text: string): string | undefined {
  const url = URL.parse(text.trim());
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return undefined;
  if (url.username || url.password || url.pathname !== '/' || url.search || url.hash) return undefined;
  return url.origin;
}

export type OriginDecision = 'same-origin' | 'allowed' | 'refused';

export interface OriginCheck {
  /** Whether `origin` is one of `CORS_ORIGINS`. */
  listed(origin: string): boolean;
  /** Decides an `Origin` header (absent for same-origin GETs and most non-browser clients) against the request's `Host`. */
  decide(origin: string | undefined, host: string): OriginDecision;
}

export function createOriginCheck(allowedOrigins: readonly string[]): OriginCheck {
  const allowed = new Set(allowedOrigins.map(originOf));
  const listed = (origin: string) => allowed.has(originOf(origin));
  return { listed, decide };

  function decide(origin: string | undefined, host: string): OriginDecision {
    if (origin === undefined) return 'same-origin';
    const normalised = originOf(origin);
    if (normalised === undefined) return 'refused';
    if (listed(normalised)) return 'allowed';
    const url = URL.parse(normalised);
    return url && URL.parse(`${url.protocol}//${host}`)?.host === url.host ? 'same-origin' : 'refused';
  }
}
