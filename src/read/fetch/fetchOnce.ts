// One HTTP(S) GET through Node's fetch (undici): our User-Agent, Accept-Encoding gzip/deflate/br
// (undici decompresses), redirects followed by hand so that they are bounded and a loop is named,
// one deadline for the whole exchange (redirects and body included), and a cap on the body read
// as it streams in (after decompression, so a small compressed bomb is refused too). Validators
// make it a conditional request (If-None-Match, If-Modified-Since). Politeness (one request at a
// time per host, delays, retries) is PoliteFetcher's, not this function's.
// Example: await fetchOnce('https://example.com/a', resolveFetchOptions())
//   -> { kind: 'ok', url: 'https://example.com/a', mediaType: 'text/html', charset: 'utf-8', body, … }
//   or { kind: 'failed', reason: 'HTTP 404 Not Found', status: 404, retryable: false, … }
import MIMEType from 'whatwg-mimetype';
import type { FetchOptions } from './fetchOptions.js';
import type { FetchFailed, FetchOutcome, Validators } from './fetchOutcome.js';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5';

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

/** Why undici could not fetch: its error's cause carries the system code (ECONNREFUSED, ENOTFOUND...). */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const detail = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `cannot fetch (${detail})`;
}

/** The body, or the reason it was not kept (over the size cap). */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    return `too large (Content-Length ${sizeText(declared)}, the limit is ${sizeText(maxBytes)})`;
  }
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return `too large (more than the limit of ${sizeText(maxBytes)})`;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

function headersFor(options: FetchOptions, validators: Validators): Record<string, string> {
  return {
    'user-agent': options.userAgent,
    accept: ACCEPT,
    'accept-encoding': 'gzip, deflate, br',
    ...(validators.etag ? { 'if-none-match': validators.etag } : {}),
    ...(validators.lastModified ? { 'if-modified-since': validators.lastModified } : {}),
  };
}

export async function fetchOnce(url: string, options: FetchOptions, validators: Validators = {}): Promise<FetchOutcome> {
  const failed = (reason: string, extra: Partial<FetchFailed> = {}): FetchFailed => ({ kind: 'failed', requested: url, reason, retryable: false, ...extra });
  const deadline = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
  const chain = [url];
  try {
    for (;;) {
      const current = chain[chain.length - 1]!;
      const response = await fetch(current, { redirect: 'manual', signal, headers: headersFor(options, chain.length === 1 ? validators : {}) });
      const status = response.status;
      if (REDIRECTS.has(status)) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) return failed(`HTTP ${status} redirect without a Location header`, { status });
        const next = new URL(location, current);
        next.hash = '';
        if (next.protocol !== 'http:' && next.protocol !== 'https:') return failed(`redirected to a non-HTTP address (${next.protocol})`, { status });
        if (chain.includes(next.href)) return failed(`redirect loop (${[...chain, next.href].join(' -> ')})`, { status });
        if (chain.length > options.maxRedirects) return failed(`more than ${options.maxRedirects} redirects (${chain.join(' -> ')} -> …)`, { status });
        chain.push(next.href);
        continue;
      }
      if (status === 304) {
        await response.body?.cancel();
        return { kind: 'notModified', requested: url, url: current };
      }
      if (!response.ok) {
        await response.body?.cancel();
        const retryAfter = response.headers.get('retry-after') ?? undefined;
        return failed(`HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}`, { status, retryable: status === 429 || status >= 500, ...(retryAfter ? { retryAfter } : {}) });
      }
      const body = await readCapped(response, options.maxBytes);
      if (typeof body === 'string') return failed(body, { status });
      const type = MIMEType.parse(response.headers.get('content-type') ?? '');
      const charset = type?.parameters.get('charset');
      const etag = response.headers.get('etag');
      const lastModified = response.headers.get('last-modified');
      return {
        kind: 'ok',
        requested: url,
        url: current,
        status,
        mediaType: type?.essence ?? '',
        ...(charset ? { charset } : {}),
        body,
        ...(etag ? { etag } : {}),
        ...(lastModified ? { lastModified } : {}),
      };
    }
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    if (deadline.aborted) return failed(`timed out after ${options.timeoutMs / 1000} s`);
    return failed(networkReason(error));
  }
}
