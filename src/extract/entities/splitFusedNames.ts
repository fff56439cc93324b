// Refiner: a person's name the tagger fused with the office before it, or read as a place or an
// organisation, when the article attests the person elsewhere (a PERSON mention of two words or
// more ending in the same surname, or one written after "Mr", "Mrs", "Ms" or "Dr"). The span is
// cut to the person's words: the attested full name when the span ends with it, else the words
// after the last word of an office or a body ("Council", "Affairs", a title), else the whole span
// when it is a short name with no such word. A title and "of" right before the span ("Minister of
// External Affairs Sushma Swaraj") attest the name after the body's words too. Names the gazetteer knows keep their kind.
// Example: "President of the European Council Donald Tusk" (ORGANIZATION "European Council Donald
//   Tusk") in an article naming "Mr Tusk" -> Donald Tusk (PERSON); "Minister of External Affairs
//   Swaraj" (ORGANIZATION) beside "Sushma Swaraj" -> Swaraj (PERSON).
import type { EntityMention } from '../../model/index.js';
import type { ExtractContext } from '../context.js';
import { afterHonorific } from './findNewPersons.js';
import { gazetteer } from './gazetteer.js';
import { TAGGER_BY } from './linkTaggedName.js';
import { nameCues } from './nameCues.js';
import { personSlug, personWords } from './personKey.js';
import { isPersonTitle } from './trimName.js';

const BY = 'entities/splitFusedNames';
const TITLE_OF = /\b((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)\s+of\s+(?:the\s+)?$/u;
/** Words that end an office's or a body's name: "Minister of External Affairs", "European Council". */
const OFFICE_END = new Set(['affairs', 'relations', 'office', 'house', 'state', 'defence', 'defense', 'interior', 'finance', 'justice', 'trade', 'commerce', 'treasury']);

export function splitFusedNames(ctx: ExtractContext, mentions: EntityMention[]): EntityMention[] {
  const cues = nameCues();
  const bodyWords = new Set([...cues.organizationWords, ...cues.placeWords, ...cues.nameHeads.ORGANIZATION, ...cues.nameHeads.PLACE, ...OFFICE_END]);
  // Surnames the article attests as people's, and the full names it gives them.
  const fullNames: string[][] = [];
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'PERSON') continue;
    const words = personWords(m.text);
    if (words.length >= 2) fullNames.push(words);
    if (words.length >= 2 || (words.length === 1 && afterHonorific(ctx.text, m.start))) surnames.add(words[words.length - 1]!);
  }
  return mentions.map((m) => {
    if ((m.kind !== 'ORGANIZATION' && m.kind !== 'PLACE') || m.by !== TAGGER_BY || gazetteer().byId.has(m.id)) return m;
    const raw = [...m.text.matchAll(/\S+/g)].map((w) => ({ text: w[0], start: m.start + w.index }));
    const words = raw.map((w) => personWords(w.text)[0] ?? '');
    // "Minister of External Affairs Sushma Swaraj": a title and "of" before the span attest a name after the body's.
    const titled = TITLE_OF.exec(ctx.text.slice(Math.max(0, m.start - 40), m.start));
    const afterBody = titled && isPersonTitle(titled[1]!.split(/\s+/).pop()!);
    if (raw.length < 1 || (!surnames.has(words[words.length - 1]!) && !afterBody)) return m;
    const full = fullNames.filter((f) => f.length <= words.length && f.every((w, i) => words[words.length - f.length + i] === w)).sort((a, b) => b.length - a.length)[0];
    const isBody = (w: string) => bodyWords.has(w.toLowerCase()) || isPersonTitle(w);
    const lastBody = raw.map((w) => isBody(w.text)).lastIndexOf(true);
    let from: number;
    if (full && full.length < raw.length) from = raw.length - full.length;
    else if (lastBody >= 0) from = lastBody + 1;
    else if (raw.length <= 3 && !afterBody) from = 0;
    else return m;
    if (from >= raw.length) return m;
    const start = raw[from]!.start;
    const text = ctx.text.slice(start, m.end);
    return { start, end: m.end, text, kind: 'PERSON', id: `person:${personSlug(text)}`, name: text, by: BY };
  });
}
