// Gazetteer membership as tagger features: for each token, which word lists it falls in and where
// (B/I/L first/inside/last word of a longer phrase, U a one-word phrase). Lists: country names and
// aliases, capitals and demonyms (world-countries and data/gazetteer/), the gazetteer's people,
// places and organisations, and data/gazetteer/nameCues.json (title words before names, words that
// head organisation and place names). Matching folds case, longest phrase first.
// Example: gazetteerMarks(['Prime', 'Minister', 'of', 'New', 'Zealand']) ->
//   [['title:B'], ['title:L', 'orgword:U'], [], ['country:B'], ['country:L']]
import { gazetteer } from '../entities/gazetteer.js';
import { nameCues } from '../entities/nameCues.js';
import { tokenize } from './tokenize.js';

interface Lists {
  /** phrase (lower-cased tokens joined by one space) -> the lists it is in */
  phrases: Map<string, string[]>;
  /** first words of phrases, for a cheap test before building longer keys */
  firsts: Set<string>;
  maxWords: number;
}

let cached: Lists | undefined;

export function gazetteerMarks(words: readonly string[]): string[][] {
  const lists = (cached ??= buildLists());
  const lower = words.map(fold);
  const marks: string[][] = lower.map(() => []);
  const coveredUntil = new Map<string, number>();
  for (let i = 0; i < lower.length; i++) {
    if (!lists.firsts.has(lower[i]!)) continue;
    let key = '';
    const longest = new Map<string, number>();
    for (let len = 1; len <= lists.maxWords && i + len <= lower.length; len++) {
      key = len === 1 ? lower[i]! : `${key} ${lower[i + len - 1]}`;
      for (const list of lists.phrases.get(key) ?? []) longest.set(list, len);
    }
    for (const [list, len] of longest) {
      if ((coveredUntil.get(list) ?? 0) > i) continue;
      coveredUntil.set(list, i + len);
      if (len === 1) marks[i]!.push(`${list}:U`);
      else for (let k = 0; k < len; k++) marks[i + k]!.push(`${list}:${k === 0 ? 'B' : k === len - 1 ? 'L' : 'I'}`);
    }
  }
  return marks;
}

/** Case and a final full stop are folded: "U.S." = "u.s" = "U.S" (the tokenizer splits a line-final stop). */
function fold(word: string): string {
  const w = word.toLowerCase();
  return w.length > 1 && w.endsWith('.') ? w.slice(0, -1) : w;
}

function buildLists(): Lists {
  const g = gazetteer();
  const cues = nameCues();
  const phrases = new Map<string, string[]>();
  const firsts = new Set<string>();
  let maxWords = 1;
  const add = (surface: string, list: string) => {
    const words = tokenize(surface).map((t) => fold(t.text));
    // A phrase standing alone ends its "line": "U.S." comes back as "U.S" and "."; drop the stop.
    if (words.length > 1 && words[words.length - 1] === '.') words.pop();
    if (!words.length) return;
    const key = words.join(' ');
    const lists = phrases.get(key) ?? [];
    if (!lists.includes(list)) lists.push(list);
    phrases.set(key, lists);
    firsts.add(words[0]!);
    maxWords = Math.max(maxWords, words.length);
  };
  const LIST = { COUNTRY: 'country', PERSON: 'person', PLACE: 'place', ORGANIZATION: 'org' } as const;
  for (const e of g.entries) for (const a of e.aliases) add(a, LIST[e.kind]);
  for (const cap of g.capitalNames.values()) add(cap, 'capital');
  for (const dem of g.demonyms.keys()) add(dem, 'demonym');
  for (const title of [...g.titles.keys(), ...cues.personTitles]) add(title, 'title');
  for (const w of cues.organizationWords) add(w, 'orgword');
  for (const w of cues.placeWords) add(w, 'placeword');
  return { phrases, firsts, maxWords };
}
