// Reads a CoNLL-2003 column file ("word POS chunk NER" per line, a blank line between sentences,
// "-DOCSTART-" between documents) into documents of sentences with one array per column.
// Example: readConll('eng.train')[0].sentences[0] -> { words: ['EU', 'rejects', ...],
//   pos: ['NNP', 'VBZ', ...], chunk: ['I-NP', 'I-VP', ...], ner: ['I-ORG', 'O', ...] }
import { readFileSync } from 'node:fs';

export interface ConllSentence {
  words: string[];
  pos: string[];
  chunk: string[];
  ner: string[];
}

export interface ConllDoc {
  sentences: ConllSentence[];
}

export function readConll(path: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc | undefined;
  let sentence: ConllSentence | undefined;
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((line, n) => {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      doc = { sentences: [] };
      docs.push(doc);
      sentence = undefined;
      return;
    }
    if (!line.trim()) {
      sentence = undefined;
      return;
    }
    if (cols.length !== 4) throw new Error(`${path}:${n + 1}: expected 4 columns (word POS chunk NER), got ${cols.length}`);
    if (!doc) {
      doc = { sentences: [] };
      docs.push(doc);
    }
    if (!sentence) {
      sentence = { words: [], pos: [], chunk: [], ner: [] };
      doc.sentences.push(sentence);
    }
    sentence.words.push(cols[0]!);
    sentence.pos.push(cols[1]!);
    sentence.chunk.push(cols[2]!);
    sentence.ner.push(cols[3]!);
  });
  return docs;
}
