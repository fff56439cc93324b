// What a fetched body is: an HTML page, a feed (RSS/Atom/RDF XML), or neither (with the reason).
// The Content-Type decides when it names HTML or XML; a missing, text/plain or octet-stream type
// is sniffed from the first bytes (as browsers do), looking for a feed root or an HTML start.
// Example: bodyKind('application/rss+xml', bytes) -> 'feed'; bodyKind('image/png', bytes)
//   -> { reason: 'not an HTML page or a feed (Content-Type image/png)' }

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml', 'application/x-rss+xml']);
const SNIFFED_TYPES = new Set(['', 'text/plain', 'application/octet-stream', 'binary/octet-stream']);

export function bodyKind(mediaType: string, body: Uint8Array): 'html' | 'feed' | { reason: string } {
  if (HTML_TYPES.has(mediaType)) return 'html';
  if (FEED_TYPES.has(mediaType)) return 'feed';
  if (SNIFFED_TYPES.has(mediaType)) {
    const head = Buffer.from(body.subarray(0, 1024)).toString('latin1');
    if (/<(?:rss|feed|rdf:RDF)[\s>]/.test(head)) return 'feed';
    if (/^\s*(?:<!--[^]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i.test(head.replace(/^\uFEFF|^\xEF\xBB\xBF/, ''))) return 'html';
  }
  return { reason: `not an HTML page or a feed (Content-Type ${mediaType || 'missing'})` };
}
