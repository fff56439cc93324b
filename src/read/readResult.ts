// What every reader returns: the articles it made and the inputs it had to skip (with reasons).
// Example: readText('Body.', 'a.txt') -> { articles: [{ id: 'article:…', source: 'a.txt', … }], skipped: [] }
import type { Article, Skipped } from '../model/index.js';

export interface ReadResult {
  articles: Article[];
  skipped: Skipped[];
}
