// One extraction worker thread of extractPool.ts: extracts each article it is sent
// ({ id, article }) with the default pipeline and answers { id, extraction } or { id, error }.
// Extraction is pure and per article, so any number of these run side by side.
import { parentPort } from 'node:worker_threads';
import type { Article } from '../model/index.js';
import { extractArticle } from './pipeline.js';

parentPort?.on('message', ({ id, article }: { id: number; article: Article }) => {
  try {
    parentPort?.postMessage({ id, extraction: extractArticle(article) });
  } catch (error) {
    parentPort?.postMessage({ id, error: (error as Error).message });
  }
});
