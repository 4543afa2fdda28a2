/** The receiver's settings and the small rules behind them: hosts, origins, proxies, caching, rate. */
import { describe, expect, it } from 'vitest';
import { createHostCheck, hostName } from '../../src/receiver/allowed-hosts.ts';
import { cacheControl } from '../../src/receiver/cache-policy.ts';
import { readConfig } from '../../src/receiver/config.ts';
import { originOf } from '../../src/receiver/cors.ts';
import { tokenBucketStore } from '../../src/receiver/rate-limit-store.ts';

describe('receiver settings', () => {
  it('allows posts to the host of SITE_URL and to the machine itself by default', () => {
    expect(readConfig({}).allowedHosts).toEqual(['localhost', '127.0.0.1', '[::1]']);
    expect(readConfig({ SITE_URL: 'https://Support.Example.com/' }).allowedHosts).toEqual([
      'support.example.com',
      'localhost',
      '127.0.0.1',
      '[::1]',
    ]);
  });

  it('takes ALLOWED_HOSTS as listed, instead of the default', () => {
    expect(readConfig({ ALLOWED_HOSTS: 'support.example.com, INTRANET:8080' }).allowedHosts).toEqual([
      'support.example.com',
      'intranet',
    ]);
  });

  it('normalises CORS_ORIGINS as browsers write origins', () => {
    expect(
      readConfig({ CORS_ORIGINS: 'HTTPS://Helpdesk.Example:443/, http://a.example:8080' }).corsOrigins,
    ).toEqual(['https://helpdesk.example', 'http://a.example:8080']);
  });

  it('keeps 256 MB of disk free from uploads unless ATTACHMENTS_MIN_FREE_MB says otherwise', () => {
    expect(readConfig({}).attachmentsMinFreeBytes).toBe(268_435_456);
    expect(readConfig({ ATTACHMENTS_MIN_FREE_MB: '1024' }).attachmentsMinFreeBytes).toBe(1_073_741_824);
    expect(readConfig({ ATTACHMENTS_MIN_FREE_MB: '0' }).attachmentsMinFreeBytes).toBe(0);
  });

  it('reads TRUST_PROXY as off, a number of hops, or addresses and networks', () => {
    expect(readConfig({}).trustProxy).toBe(false);
    expect(readConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(readConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::/8, 192.0.2.7' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::/8',
      '192.0.2.7',
    ]);
  });

  it.each([
    [
      { TRUST_PROXY: 'everyone' },
      'TRUST_PROXY: expected a number of proxies, or addresses and networks like 10.0.0.0/8, got "everyone"',
    ],
    [
      { TRUST_PROXY: '10.0.0.0/33' },
      'TRUST_PROXY: expected a number of proxies, or addresses and networks like 10.0.0.0/8, got "10.0.0.0/33"',
    ],
    [
      { CORS_ORIGINS: 'helpdesk.example' },
      'CORS_ORIGINS: expected an origin like https://helpdesk.example, got "helpdesk.example"',
    ],
    [
      { CORS_ORIGINS: 'https://helpdesk.example/path' },
      'CORS_ORIGINS: expected an origin like https://helpdesk.example, got "https://helpdesk.example/path"',
    ],
    [{ ALLOWED_HOSTS: 'a b' }, 'ALLOWED_HOSTS: expected a host name like support.example.com, got "a b"'],
    [{ SITE_URL: 'support' }, 'SITE_URL: expected an absolute URL, got "support"'],
    [{ PORT: '99999' }, 'PORT must be a whole number from 0 to 65535, got "99999"'],
    [
      { ATTACHMENTS_MIN_FREE_MB: '1.5' },
      'ATTACHMENTS_MIN_FREE_MB must be a whole number from 0 to 1000000, got "1.5"',
    ],
  ])('refuses %j with one line naming the setting', (env, message) => {
    expect(() => readConfig(env)).toThrow(message);
  });
});

describe('hosts and origins', () => {
  it.each([
    ['Support.Example.com:443', 'support.example.com'],
    ['support.example.com.', 'support.example.com'],
    ['[::1]:4321', '[::1]'],
    ['127.0.0.1', '127.0.0.1'],
    ['a:99999', undefined],
    ['[', undefined],
    ['evil.example/..', undefined],
    ['user@evil.example', undefined],
    ['', undefined],
  ])('reads the host %j as %j', (host, name) => {
    expect(hostName(host)).toBe(name);
  });

  it('checks a Host header against the allowed names, any port', () => {
    const allowed = createHostCheck(['support.example.com', '[::1]']);
    expect(['support.example.com:8443', 'SUPPORT.example.com', '[::1]:4321'].map(allowed)).toEqual([
      true,
      true,
      true,
    ]);
    expect(['evil.example', 'support.example.com.evil.example', ''].map(allowed)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it.each([
    ['https://Helpdesk.Example:443', 'https://helpdesk.example'],
    ['http://helpdesk.example:80/', 'http://helpdesk.example'],
    ['http://helpdesk.example:8080', 'http://helpdesk.example:8080'],
    ['null', undefined],
    ['file:///etc/passwd', undefined],
    ['https://helpdesk.example/path', undefined],
  ])('reads the origin %j as %j', (origin, normalised) => {
    expect(originOf(origin)).toBe(normalised);
  });
});

describe('caching', () => {
  it.each([
    ['_astro/client.BfBFbboo.js', 'public, max-age=31536000, immutable'],
    ['_astro/client.BfBFbboo.js.br', 'public, max-age=31536000, immutable'],
    ['pagefind/fragment/en-gb_67a75b7.pf_fragment', 'public, max-age=31536000, immutable'],
    ['pagefind/index/en-gb_349d34f.pf_index', 'public, max-age=31536000, immutable'],
    ['pagefind/pagefind.en-gb_db2316b23e923.pf_meta', 'public, max-age=31536000, immutable'],
    ['pagefind/pagefind.js', 'no-cache'],
    ['pagefind/pagefind-entry.json', 'no-cache'],
    ['pagefind/wasm.en-gb.pagefind', 'no-cache'],
    ['index.html', 'no-cache'],
    ['compare/index.html.gz', 'no-cache'],
    ['data/wizard.json', 'no-cache'],
  ])('keeps %s as %s', (path, policy) => {
    expect(cacheControl(path)).toBe(policy);
  });
});

describe('the rate limit store', () => {
  /** Takes one token for `key` and tells what @fastify/rate-limit would hear. */
  function take(store: { incr: (...args: any[]) => void }, key: string) {
    let result: { current: number; ttl: number } | undefined;
    store.incr(
      key,
      (_error: unknown, answer: { current: number; ttl: number }) => (result = answer),
      60_000,
      3,
    );
    return result!;
  }

  it('lets 3 a minute through at once, then one each 20 s', () => {
    let now = 0;
    const Store = tokenBucketStore(() => now);
    const store = new Store();
    const answers = [1, 2, 3, 4].map(() => take(store, 'client'));
    expect(answers.map((a) => a.current)).toEqual([1, 2, 3, 4]);
    expect(answers[3]?.ttl).toBe(20_000);
    now = 20_000;
    expect(take(store, 'client').current).toBe(3);
    expect(take(store, 'client')).toEqual({ current: 4, ttl: 20_000 });
  });

  it('remembers a bounded number of clients, forgetting the longest idle', () => {
    const Store = tokenBucketStore(() => 0, 2);
    const store = new Store();
    for (let i = 0; i < 3; i++) take(store, 'first');
    take(store, 'second');
    take(store, 'third');
    expect(store.buckets.size).toBe(2);
    // 'first' was forgotten, so it starts with a full bucket again.
    expect(take(store, 'first').current).toBe(1);
  });
});
