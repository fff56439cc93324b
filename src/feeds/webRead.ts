// What reading from the web gives: the articles and skipped inputs of any reader, plus the URLs
// (or feed item keys) left alone because the store already holds an article from them.
import type { ReadResult } from '../read/readResult.js';

export interface WebRead extends ReadResult {
  known: string[];
}
