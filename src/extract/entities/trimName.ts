// A tagged name without the words the tagger took in around it: a title before a person's name
// ("Chairman Kim" -> "Kim", "Prime Minister Ivan Petrov" -> "Ivan Petrov"; titles: the gazetteer's
// offices and data/gazetteer/nameCues.json), lower-case words at either end ("met Kim" -> "Kim";
// name particles such as "de", "van", "al" stay inside) and a question word or conjunction opening
// a sentence ("What Kim" -> "Kim"). The title is the mention's role, never part of the name; a span
// with nothing left is no name (null).
// Example: trimName({ start: 0, end: 12, type: 'PER', text: 'Chairman Kim' }) -> { start: 9, end: 12, type: 'PER', text: 'Kim' }
import type { NameSpan } from '../nlp/tagNames.js';
import { gazetteer } from './gazetteer.js';
import { nameCues } from './nameCues.js';

const LOWER = /^\p{Ll}/u;
const PARTICLE = /^(?:de|del|della|der|di|da|dos|du|la|le|van|von|al|el|bin|ibn|ben|y|and|of|for|the|on|upon|in|&)$/;
const OPENER = /^(?:What|When|Where|Why|How|Who|Whom|Whose|Which|While|Whether|But|And|Or|If|As|Although|Though|Because|Since|Until|Unless|So|Yet|Then|Also|Meanwhile|However|Still)$/;

let titles: Set<string> | undefined;

export function trimName(span: NameSpan): NameSpan | null {
  titles ??= new Set([...gazetteer().titles.keys(), ...nameCues().personTitles].map((t) => t.toLowerCase().replace(/\.$/, '')));
  const words = [...span.text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: span.start + m.index, end: span.start + m.index + m[0].length }));
  let first = 0;
  let last = words.length - 1;
  for (;;) {
    if (first >= last) break;
    const w = words[first]!.text;
    const title = span.type === 'PER' ? titleAt(words.slice(first, last + 1).map((x) => x.text)) : 0;
    if (title) first += title;
    else if ((LOWER.test(w) && !PARTICLE.test(w)) || OPENER.test(w)) first++;
    else break;
  }
  while (last > first && LOWER.test(words[last]!.text)) last--;
  if (titles.has(words[last]!.text.toLowerCase().replace(/\.$/, '')) && first === last && span.type === 'PER') return null;
  if (first === 0 && last === words.length - 1) return span;
  const start = words[first]!.start;
  const end = words[last]!.end;
  return { start, end, type: span.type, text: span.text.slice(start - span.start, end - span.start) };
}

/** How many words at the start form a title: the longest, "prime minister" before "prime". */
function titleAt(words: string[]): number {
  let n = 0;
  for (let k = 1; k < words.length; k++) if (titles!.has(words.slice(0, k).join(' ').toLowerCase().replace(/\.$/, ''))) n = k;
  return n;
}
