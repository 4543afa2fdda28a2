/**
 * Which `Host` a ticket may be posted to. A page on another site that resolves its own name to
 * this machine (DNS rebinding) posts with its own name as the host, and as its own origin, so it
 * would pass for the site itself: only the names in `ALLOWED_HOSTS` are the site.
 */

/**
 * The host name in a `Host` header or a setting (`Support.Example.com:443` → `support.example.com`,
 * `[::1]:4321` → `[::1]`), or undefined when it is not a host.
 */
export function hostName(host: string): string | undefined {
  if (host === '' || /[/?#@\\\s]/.test(host)) return undefined;
  const url = URL.parse(`http://${host}`);
  return url ? url.hostname.replace(/\.$/, '') : undefined;
}

/** A check of a request's `Host` header against the allowed names, any port. */
export function createHostCheck(allowed: readonly string[]): (host: string) => boolean {
  const names = new Set(allowed.map((host) => hostName(host)));
  return (host) => {
    const name = hostName(host);
    return name !== undefined && names.has(name);
  };
}
