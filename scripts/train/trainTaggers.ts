// Trains a tagger from CoNLL-2003 and writes its model file under data/models/ (see trainTagger).
// Run: npm run train:ner (train:pos, train:chunk; train:chunk reads data/models/pos.bin for the
// development file's tags, so train pos first). Options: --train FILE --dev FILE --out FILE
// --epochs N --min-count N --seed N --docs N --dev-docs N (the first N documents: a quick slice).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { TASKS, type TaskName } from './taggerTasks.js';
import { trainTagger } from './trainTagger.js';

const DATA = '../shared/data';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    train: { type: 'string', default: `${DATA}/conll2003-train/eng.train` },
    dev: { type: 'string', default: `${DATA}/conll2003-testa/eng.testa` },
    out: { type: 'string' },
    epochs: { type: 'string', default: '15' },
    'min-count': { type: 'string', default: '1' },
    seed: { type: 'string', default: '20031' },
    docs: { type: 'string' },
    'dev-docs': { type: 'string' },
    'pos-model': { type: 'string', default: 'data/models/pos.bin' },
  },
});
const task = positionals[0] as TaskName;
if (!(task in TASKS)) {
  console.error(`usage: trainTaggers.ts ner|pos|chunk [--train FILE] [--dev FILE] [--out FILE] [--epochs N] [--docs N] ...; got ${positionals[0] ?? 'no task'}`);
  process.exit(2);
}
const number = (name: string, v: string | undefined) => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name}: expected a whole number, got ${v}`);
  return n;
};
const out = values.out ?? `data/models/${task}.bin`;
const trained = trainTagger({
  task,
  train: values.train,
  dev: values.dev,
  epochs: number('epochs', values.epochs)!,
  minCount: number('min-count', values['min-count'])!,
  seed: number('seed', values.seed)!,
  docs: number('docs', values.docs),
  devDocs: number('dev-docs', values['dev-docs']),
  posModel: values['pos-model'],
  log: (line) => console.log(line),
});
writeFileSync(out, trained.bytes);
console.log(`wrote ${out}`);
