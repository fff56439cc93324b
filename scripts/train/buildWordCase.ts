// `npx tsx scripts/train/buildWordCase.ts [--train FILE] [--dict FILE] [--out FILE]`: which words are
// common words and never names, for the entity refiners (src/extract/entities/wordCase.ts), from
// CoNLL-2003 train (../shared/data/conll2003-train/eng.train) and an English dictionary that writes
// proper nouns with a capital (Debian's wamerican, SCOWL: /usr/share/dict/american-english; `apt-get
// install wamerican`). Written to data/gazetteer/wordCase.json:
//   common: words the dictionary lists in lower case only ("diplomacy", "security"; not "rose" or
//           "frank", which it also lists as names), or that CoNLL writes in lower case at least twice;
//           either way at least 20 times as often as CoNLL capitalises them inside a person's name
//           (not "bill": Bill Clinton). A capitalised word of this list is no given name or surname;
//   groups: words that, capitalised, are nearly always a nationality, religion or other MISC name
//           and never a person's ("Muslim", "Pakistanis"; at least 3 times, at least 90% MISC).
// Deterministic: the same file gives the same lists, sorted. Only the training file is read.
// Example: npx tsx scripts/train/buildWordCase.ts   -> data/gazetteer/wordCase.json (common: 7,000+ words)
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConll } from './readConll.js';

const MIN_LOWER = 2;
const RATIO = 20;
const MIN_GROUP = 3;
const GROUP_SHARE = 0.9;

function main(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    options: {
      train: { type: 'string', default: '../shared/data/conll2003-train/eng.train' },
      dict: { type: 'string', default: '/usr/share/dict/american-english' },
      out: { type: 'string', default: 'data/gazetteer/wordCase.json' },
    },
  });
  let dictionary: string[];
  try {
    dictionary = readFileSync(values.dict!, 'utf8').split('\n');
  } catch {
    throw new Error(`${values.dict}: no English dictionary there (on Debian: apt-get install wamerican)`);
  }
  const listed = new Set(dictionary.filter((w) => /^\p{L}+$/u.test(w)));
  const lower = new Map<string, number>();
  const inPerson = new Map<string, number>();
  const capital = new Map<string, number>();
  const misc = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const doc of readConll(values.train!)) {
    for (const s of doc.sentences) {
      // A sentence in capitals (a headline) says nothing about how a word is written.
      if (!s.words.some((w) => /\p{Ll}/u.test(w))) continue;
      s.words.forEach((w, i) => {
        if (!/^\p{L}[\p{L}'-]*$/u.test(w)) return;
        const key = w.toLowerCase();
        if (w === key) bump(lower, key);
        else if (/^\p{Lu}\p{Ll}/u.test(w)) {
          if (s.ner[i]!.endsWith('PER')) bump(inPerson, key);
          if (i > 0) bump(capital, key);
          if (s.ner[i]!.endsWith('MISC')) bump(misc, key);
        }
      });
    }
  }
  const lowerOnly = [...listed].filter((w) => /^\p{Ll}+$/u.test(w) && !listed.has(w[0]!.toUpperCase() + w.slice(1)));
  const candidates = new Set([...lowerOnly, ...[...lower].filter(([, n]) => n >= MIN_LOWER).map(([k]) => k)]);
  const common = [...candidates].filter((k) => Math.max(lower.get(k) ?? 0, 1) >= RATIO * (inPerson.get(k) ?? 0)).sort();
  const groups = [...misc]
    .filter(([k, n]) => n >= MIN_GROUP && !inPerson.has(k) && n >= GROUP_SHARE * ((capital.get(k) ?? 0) + (lower.get(k) ?? 0)))
    .map(([k]) => k)
    .sort();
  writeFileSync(values.out!, JSON.stringify({ source: 'CoNLL-2003 eng.train and wamerican (SCOWL), by scripts/train/buildWordCase.ts', common, groups }) + '\n');
  console.log(`${values.out}: ${common.length} common words, ${groups.length} group words`);
}

main(process.argv.slice(2));
