// Article id: "article:" + the first 16 hex digits of the SHA-256 of the cleaned text.
// Example: articleId('Kim met Trump.') -> 'article:…' (16 hex digits, the same for the same text).
import { createHash } from 'node:crypto';

export function articleId(text: string): string {
  return 'article:' + createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}
