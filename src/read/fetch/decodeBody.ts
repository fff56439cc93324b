// Fetched bytes -> text, in the encoding the page or feed declares. HTML follows the HTML
// standard's sniffing (html-encoding-sniffer, as jsdom does): byte order mark, then the HTTP
// charset, then <meta charset> / http-equiv in the first 1024 bytes, else windows-1252. XML
// follows XML 1.0 appendix F and RFC 7303: byte order mark, then the HTTP charset, then the
// encoding of the XML declaration, else UTF-8. Decoding is whatwg-encoding's (iconv-lite).
// Example: decodeHtml(bytes of '<meta charset="iso-8859-1"><p>Caf\xe9', undefined) -> '<meta charset="iso-8859-1"><p>Café'
import htmlEncodingSniffer from 'html-encoding-sniffer';
import { decode, getBOMEncoding, isSupported, labelToName } from 'whatwg-encoding';

/** The encoding name of a charset label ("latin1" -> "windows-1252"), when it is one we can decode. */
function encodingOf(label: string | undefined): string | null {
  const name = label ? labelToName(label) : null;
  return name && isSupported(name) ? name : null;
}

export function decodeHtml(bytes: Uint8Array, charset: string | undefined): string {
  const encoding = htmlEncodingSniffer(bytes, encodingOf(charset) ? { transportLayerEncodingLabel: charset! } : {});
  return decode(bytes, encoding);
}

/** The encoding="…" of an XML declaration at the very start (it is ASCII in every encoding we decode). */
function declaredXmlEncoding(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  return /^<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']/.exec(head)?.[1];
}

export function decodeXml(bytes: Uint8Array, charset: string | undefined): string {
  const encoding = getBOMEncoding(bytes) ?? encodingOf(charset) ?? encodingOf(declaredXmlEncoding(bytes)) ?? 'UTF-8';
  return decode(bytes, encoding);
}
