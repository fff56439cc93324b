// Worker for extract.ts: runs one engine over its share of the texts, on the compiled code in dist/.
import process from 'node:process';
import { parentPort, workerData } from 'node:worker_threads';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { extractArticle } from '../../dist/extract/pipeline.js';
import { analyseText } from '../../dist/extract/nlp/analyseText.js';
import { loadModel } from '../../dist/extract/nlp/loadModel.js';
import { tagNames } from '../../dist/extract/nlp/tagNames.js';
import { tagSyntax } from '../../dist/extract/nlp/tagSyntax.js';

export function runEngine(engine, texts, reference) {
  texts.forEach((text, i) => {
    if (engine === 'chrono') chrono.parse(text, new Date(`${reference}T12:00:00Z`));
    else if (engine === 'compromise') nlp(text); // parsing includes compromise's full tagging pass
    else if (engine === 'tagger') tagNames(text, analyseText(text)); // tokens, sentences and the entity tagger
    else if (engine === 'syntax') tagSyntax(analyseText(text)); // tokens, sentences, parts of speech and chunks
    else extractArticle({ id: `bench:${i}`, source: 'bench', text, publishedAt: null, dateSource: 'given' }, reference);
  });
}

/** Loads the three tagger models, timing each: [name, milliseconds, features, tags]. */
export function loadModels() {
  return ['ner', 'pos', 'chunk'].map((name) => {
    const start = process.hrtime.bigint();
    const model = loadModel(name);
    return [name, Number(process.hrtime.bigint() - start) / 1e6, model.weights.features.size, model.tags.length];
  });
}

if (parentPort && workerData) {
  runEngine(workerData.engine, workerData.texts, workerData.reference);
  parentPort.postMessage('done');
}
