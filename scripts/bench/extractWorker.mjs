// Worker for extract.ts: runs one engine over its share of the texts, on the compiled code in dist/.
import { parentPort, workerData } from 'node:worker_threads';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { extractArticle } from '../../dist/extract/pipeline.js';

export function runEngine(engine, texts, reference) {
  texts.forEach((text, i) => {
    if (engine === 'chrono') chrono.parse(text, new Date(`${reference}T12:00:00Z`));
    else if (engine === 'compromise') nlp(text); // parsing includes compromise's full tagging pass
    else extractArticle({ id: `bench:${i}`, source: 'bench', text, publishedAt: null, dateSource: 'given' }, reference);
  });
}

if (parentPort && workerData) {
  runEngine(workerData.engine, workerData.texts, workerData.reference);
  parentPort.postMessage('done');
}
