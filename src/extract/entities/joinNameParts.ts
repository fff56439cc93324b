// Tagged names put back together where the tagger cut one person's name in pieces: a name particle
// in lower case between or beside capitalised parts ("Faisal" "bin" "Farhan", "Adel" "al-Jubeir",
// "Salman bin" before "Hamad Al Khalifa"), and two person spans with only a space between them
// ("Ahmed Nasser" "Al-Mohammed Al-Sabah"), and a given name opening a sentence that the tagger left
// out ("Lena" of "Lena Ana Holm, a former adviser, said": capitalisation there tells nothing) unless
// it is a common word, a group's, a title, a day or month, or a name the gazetteer knows ("Moscow
// Ana Holm" is no name; "Today Ana Holm" neither). Runs before trimName, on the tagger's spans.
// Example: joinNameParts('Prince Faisal bin Farhan said', [Faisal (PER), Farhan (PER)]) -> [Faisal bin Farhan (PER)]
import type { NameSpan } from '../nlp/tagNames.js';
import { aliasKey } from './slug.js';
import { surfaceIndex } from './surfaceIndex.js';
import { isPersonTitle } from './trimName.js';
import { isCommonWord, isGroupWord } from './wordCase.js';

const PART = String.raw`\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*`;
/** "bin Farhan", "al-Jubeir", "de la Caridad Vidal Ferreiro": particles, the capitalised part they lead to and the parts after it. */
const AFTER = new RegExp(String.raw`^(?:[ \t]+(?:bin|bint|ibn|ben|al|el|de|del|della|da|di|dos|du|van|von|der|den|la|le)(?:[ \t]+(?:la|las|los|der|den))?[ \t]+${PART}|[ \t]+(?:al|el|ad|ash|as|at|az|ar)-${PART})+(?:[ \t]+${PART})*`, 'u');
/** "Salman bin " before a name: a capitalised given name and a patronymic particle ("Bin" too). */
const BEFORE = new RegExp(String.raw`(${PART})[ \t]+(?:[Bb]in|[Bb]int|[Ii]bn)[ \t]+$`, 'u');

/** A capitalised word alone before the name, at a line's or a sentence's start. */
const OPENING_WORD = /(?:^|\n|[.!?]["”’]?[ \t]+|["“‘][ \t]*)(\p{Lu}\p{Ll}+)[ \t]$/u;
const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** The given name opening the sentence before a person span, or null. */
function openingGivenName(text: string, start: number, spans: readonly NameSpan[]): string | null {
  const word = OPENING_WORD.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  if (!word || spans.some((s) => s.start < start && s.end > start - word.length - 1)) return null;
  if (isCommonWord(word) || isGroupWord(word) || isPersonTitle(word) || CALENDAR.test(word)) return null;
  return surfaceIndex().byKey.has(aliasKey(word)) ? null : word;
}

export function joinNameParts(text: string, spans: readonly NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const span of spans) {
    if (span.type !== 'PER') {
      out.push(span);
      continue;
    }
    let { start, end } = span;
    const after = AFTER.exec(text.slice(end, end + 80));
    if (after) end += after[0].length;
    const before = BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    if (before) start -= before[0].length;
    const opening = before ? null : openingGivenName(text, start, spans);
    if (opening) start -= opening.length + 1;
    const prev = out[out.length - 1];
    // Touching the previous person span (or overlapping what it grew into): one name.
    if (prev && prev.type === 'PER' && (prev.end >= start || /^[ \t]+$/.test(text.slice(prev.end, start)))) {
      out[out.length - 1] = { ...prev, end: Math.max(prev.end, end), text: text.slice(prev.start, Math.max(prev.end, end)) };
      continue;
    }
    // A span the particle run swallowed is part of this one; one it reached into ("Qatari Emir Tamim"
    // tagged as an organisation before "Bin Hamad") is the title and given name of this person.
    while (out.length && out[out.length - 1]!.start >= start) out.pop();
    const into = out[out.length - 1];
    if (before && into && into.end > start) {
      start = into.start;
      out.pop();
    }
    out.push({ start, end, type: 'PER', text: text.slice(start, end) });
  }
  // Spans the extended ones now cover (the next tagged part) go.
  return out.filter((s, i) => !out.some((o, j) => j !== i && o.start <= s.start && s.end <= o.end && (o.end - o.start > s.end - s.start)));
}
