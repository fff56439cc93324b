// How newsgraph fetches over HTTP(S): the options of fetchOnce and PoliteFetcher, declared once
// with their defaults and resolved at the fetcher's entry.
// Example: resolveFetchOptions({ timeoutMs: 500 }) -> { ...FETCH_DEFAULTS, timeoutMs: 500 }

export interface FetchOptions {
  /** Sent with every request; names newsgraph so that site owners can tell who reads them. */
  userAgent: string;
  /** Longest time for one fetch, redirects and body included. */
  timeoutMs: number;
  /** Largest body kept, after decompression; a larger page is skipped. */
  maxBytes: number;
  /** Redirects followed before giving up. */
  maxRedirects: number;
  /** Pause between the end of one request to a host and the start of the next. */
  hostDelayMs: number;
  /** Requests under way at once, over all hosts (one at a time per host in any case). */
  maxConnections: number;
  /** Further tries after a 429 or 5xx answer. */
  retries: number;
  /** First wait after a 429 or 5xx that gave no Retry-After; doubled after each further one. */
  backoffMs: number;
  /** Longest wait for one host (Retry-After or backoff); a host asking for more is skipped for now. */
  maxWaitMs: number;
  /** Aborts fetches under way and waits (watch stops on SIGINT/SIGTERM). */
  signal?: AbortSignal;
}

export const USER_AGENT = 'newsgraph/0.1.0 (news knowledge graph; reads pages and feeds an analyst follows)';

const FETCH_DEFAULTS: Readonly<Omit<FetchOptions, 'signal'>> = Object.freeze({
  userAgent: USER_AGENT,
  timeoutMs: 20_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  hostDelayMs: 1_000,
  maxConnections: 6,
  retries: 2,
  backoffMs: 2_000,
  maxWaitMs: 60_000,
});

export function resolveFetchOptions(options: Partial<FetchOptions> = {}): FetchOptions {
  const defined = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  return { ...FETCH_DEFAULTS, ...defined };
}
