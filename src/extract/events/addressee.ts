// Whom a letter is addressed to, from the words after "to": the person its name group names, past
// the titles and bodies before the name ("to European Council President Donald Tusk" -> Tusk, "to
// the President of the European Council Donald Tusk" -> Tusk), else the first country or
// organisation ("to Iran's leaders" -> Iran, "to the European Council"). A name the entity tagger
// read as a place here ("sent the letters to Donald Tusk") is the person it tags elsewhere in the
// article, when it does. Hand-written: a scan of one name group, no parser needed.
// Example: addressee(text, index after "to ", sentence end, mentions) -> the Donald Tusk mention.
import type { EntityMention } from '../../model/index.js';
import { slug } from '../entities/slug.js';
import { ACTORS } from './kindSets.js';

/** Lower-case words that may stand inside a title before a name. */
const TITLE = /^(?:the|of|and|then|former|acting|new|vice|deputy|prime|foreign|first|general|president|minister|chancellor|premier|king|queen|emir|crown|prince|leader|chief|head|secretary|secretary-general|ambassador|envoy|speaker|chairman|chair|senator|sen\.|rep\.|mr\.?|mrs\.?|ms\.?|dr\.?|sir|lord|dame|council|commission)$/;
const CAPITALISED = /^\p{Lu}/u;

export function addressee(text: string, from: number, limit: number, mentions: readonly EntityMention[]): EntityMention | null {
  const found: EntityMention[] = [];
  let p = from;
  for (let words = 0; p < limit && words < 12; words++) {
    while (p < limit && text[p] === ' ') p++;
    const m = mentions.find((x) => x.start === p);
    if (m) {
      found.push(m);
      p = m.end;
      // "to Iran's leaders" (Iran), "to South Korea's President Moon Jae-in" (Moon): past a possessive, titles and names go on.
      if (/^['’]s\b/.test(text.slice(p, p + 3))) p += 2;
      continue;
    }
    const word = /^[^\s,;:()“”"]+/.exec(text.slice(p, limit))?.[0];
    if (!word || !(TITLE.test(word.toLowerCase()) || CAPITALISED.test(word))) break;
    p += word.length;
  }
  const person = found.find((m) => m.kind === 'PERSON');
  if (person) return person;
  const first = found[0];
  if (!first) return null;
  if (ACTORS.has(first.kind)) return first;
  // A name tagged a place here and a person elsewhere in the article is that person: the same name,
  // a surname of a full name ("to Poroshenko", "Petro Poroshenko"), or a full name at the end of a
  // longer one the tagger took in ("to Donald Tusk", "the European Council Donald Tusk").
  const same = mentions.find((x) => x.kind === 'PERSON' && x.text === first.text);
  if (same) return same;
  const longer = mentions.filter((x) => x.kind === 'PERSON' && x.text.endsWith(` ${first.text}`)).sort((a, b) => a.text.length - b.text.length)[0];
  if (!longer || first.kind !== 'PLACE') return null;
  if (!/\s/.test(first.text)) return { ...longer, start: first.start, end: first.end, text: first.text };
  return { ...first, kind: 'PERSON', id: `person:${slug(first.text)}`, name: first.text, by: 'events/addressee:person' };
}
