// Polite fetching: requests to one host go one at a time, with hostDelayMs between the end of one
// and the start of the next; a 429 or 5xx answer makes the host wait (its Retry-After when given,
// else backoffMs doubled per failure in a row) and the request is tried again up to `retries`
// times; a host that asks for more than maxWaitMs is skipped for now (the answer says so), and the
// wait is remembered, so a watch that polls again later still honours it. At most maxConnections
// requests run at once over all hosts. Redirects are followed within the slot of the host asked.
// Written by hand: the queue libraries (p-queue, bottleneck) have no notion of a per-host wait set
// by the server's answer, and this is a few lines over Node's own timers.
//
//   const fetcher = new PoliteFetcher({ hostDelayMs: 1000 });
//   const [a, b] = await Promise.all([fetcher.fetch('https://x.org/1'), fetcher.fetch('https://x.org/2')]);
//   // the second request to x.org starts a second after the first one ended
import { setTimeout as delay } from 'node:timers/promises';
import { fetchOnce } from './fetchOnce.js';
import { resolveFetchOptions, type FetchOptions } from './fetchOptions.js';
import type { FetchFailed, FetchOutcome, Validators } from './fetchOutcome.js';
import { retryAfterMs } from './retryAfter.js';

/** Backoff without Retry-After never grows past this. */
const MAX_BACKOFF_MS = 60 * 60_000;

interface HostState {
  host: string;
  /** The previous request to this host, settled or not: the next one starts after it. */
  tail: Promise<unknown>;
  /** Epoch ms before which no request may start. */
  readyAt: number;
  /** 429/5xx answers in a row. */
  failures: number;
}

export class PoliteFetcher {
  readonly options: FetchOptions;
  private readonly hosts = new Map<string, HostState>();
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(options: Partial<FetchOptions> = {}) {
    this.options = resolveFetchOptions(options);
  }

  /** Fetches url politely; failures are outcomes (see FetchOutcome); throws only when the signal stops it. */
  fetch(url: string, validators: Validators = {}): Promise<FetchOutcome> {
    let host: string;
    try {
      const parsed = new URL(url);
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return Promise.resolve(this.refused(url, `not an HTTP(S) URL (${parsed.protocol})`));
      host = parsed.host;
    } catch {
      return Promise.resolve(this.refused(url, 'not a valid URL'));
    }
    let state = this.hosts.get(host);
    if (!state) {
      state = { host, tail: Promise.resolve(), readyAt: 0, failures: 0 };
      this.hosts.set(host, state);
    }
    const hostState = state;
    const run = hostState.tail.then(() => this.fetchFromHost(url, hostState, validators));
    hostState.tail = run.catch(() => undefined);
    return run;
  }

  private refused(url: string, reason: string): FetchFailed {
    return { kind: 'failed', requested: url, reason, retryable: false };
  }

  private async fetchFromHost(url: string, state: HostState, validators: Validators): Promise<FetchOutcome> {
    const { hostDelayMs, backoffMs, maxWaitMs, retries, signal } = this.options;
    for (let attempt = 0; ; attempt++) {
      const wait = state.readyAt - Date.now();
      if (wait > maxWaitMs) {
        return { kind: 'failed', requested: url, reason: `${state.host} asked to wait ${Math.ceil(wait / 1000)} s more before the next request; not fetched this time`, retryable: true };
      }
      if (wait > 0) await delay(wait, undefined, { signal });
      const outcome = await this.withConnection(() => fetchOnce(url, this.options, validators));
      const now = Date.now();
      if (outcome.kind !== 'failed' || !outcome.retryable) {
        if (outcome.kind !== 'failed') state.failures = 0;
        state.readyAt = now + hostDelayMs;
        return outcome;
      }
      state.failures++;
      const asked = retryAfterMs(outcome.retryAfter, now);
      const pause = asked ?? Math.min(MAX_BACKOFF_MS, backoffMs * 2 ** (state.failures - 1));
      state.readyAt = now + Math.max(pause, hostDelayMs);
      if (attempt >= retries || pause > maxWaitMs) {
        const tries = attempt > 0 ? `, after ${attempt + 1} tries` : '';
        const later = asked !== null ? `; Retry-After ${outcome.retryAfter}` : '';
        return { ...outcome, reason: `${outcome.reason}${later}${tries}` };
      }
    }
  }

  /** Runs fn when fewer than maxConnections requests are under way. */
  private async withConnection<T>(fn: () => Promise<T>): Promise<T> {
    while (this.active >= this.options.maxConnections) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await fn();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}
