// What one fetch gives: a body, "not modified" (a conditional request whose validators still hold),
// or a failure with a reason fit for the ingest summary. Failures are values, never throws;
// only a stop (the caller's abort signal) throws.

/** The validators of a conditional request (ETag and Last-Modified of the previous answer). */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export interface Fetched extends Validators {
  kind: 'ok';
  /** The URL asked for. */
  requested: string;
  /** The URL the body came from, after redirects. */
  url: string;
  status: number;
  /** Media type without parameters, lowercased ("text/html"); '' when the server sent none. */
  mediaType: string;
  /** The charset parameter of Content-Type, when given. */
  charset?: string;
  /** The body, decompressed (gzip, deflate, br). */
  body: Uint8Array;
}

export interface NotModified {
  kind: 'notModified';
  requested: string;
  url: string;
}

export interface FetchFailed {
  kind: 'failed';
  requested: string;
  /** Says what went wrong and where, e.g. "HTTP 404 Not Found", "timed out after 20 s". */
  reason: string;
  status?: number;
  /** 429 and 5xx answers: worth another try later. */
  retryable: boolean;
  /** The Retry-After header of the answer, as sent. */
  retryAfter?: string;
}

export type FetchOutcome = Fetched | NotModified | FetchFailed;
