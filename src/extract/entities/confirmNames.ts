// Refiner: names read where capitals say nothing must be confirmed by the rest of the article. In a
// headline-case line ("Petrov Signs Pact With Oslo to Curb Steel Imports": every word of four
// letters or more capitalised, two of them common words), or a run of title case inside a line (a
// menu, a headline run into the text), the tagger takes headline words for names
// ("Petrov Signs Pact"); at the very end of a text cut off mid-word the last word may be a stump
// ("German Chanc"). Such a name the gazetteer does not know stays only when the article names it
// elsewhere, or keeps the longest run of its words that the article names elsewhere ("Petrov", later
// linked to "Ivan Petrov"); otherwise it goes.
// Example: "Petrov Signs Pact With Oslo\nIvan Petrov signed it." -> the headline's name is "Petrov",
//   person:ivan-petrov (after linkPartialNames); "Signs Pact" goes.
import type { EntityMention } from '../../model/index.js';
import type { ExtractContext } from '../context.js';
import { gazetteer } from './gazetteer.js';
import { isPartOf } from './linkPartialNames.js';
import { personWords } from './personKey.js';
import { nameCues } from './nameCues.js';
import { aliasKey } from './slug.js';
import { surfaceIndex } from './surfaceIndex.js';
import { isCommonWord } from './wordCase.js';

const BY = 'entities/confirmNames';
let titleWords: Set<string> | undefined;

/** Short words a headline leaves in lower case ("Signs Pact with Oslo"). */
const FUNCTION_WORD = /^(?:with|from|into|onto|over|upon|after|amid|than|that|this|about|before|under|until|while|without|against|between|during|through|toward|towards)$/;

/**
 * A line in headline case: three or more words of four letters or more (Latin script, but "with",
 * "from"...; titles left out, as prose capitalises them too), all capitalised, two of them common words.
 */
export function isHeadlineCase(line: string): boolean {
  const words = contentWords(line).filter((w) => !isTitleWord(w));
  if (words.length < 3 || !words.every((w) => /^\p{Lu}/u.test(w))) return false;
  if (words.every((w) => w === w.toUpperCase())) return false; // all capitals: the tagger reads those as such
  return words.filter((w) => isCommonWord(w)).length >= 2;
}

/** Content words of a stretch of text: Latin-script words of four letters or more, but "with", "from"... */
function contentWords(text: string): string[] {
  return (text.match(/\p{Script=Latin}[\p{L}'’-]*/gu) ?? []).filter((w) => w.length >= 4 && !FUNCTION_WORD.test(w));
}

/**
 * A name inside a run of title case within a longer line (a menu or a headline run into the text):
 * the three content words before and after it on its line that are no titles, known names or other
 * mentions (masked), three at least, all capitalised, two of them common words.
 */
function inTitleCaseRun(masked: string, line: { start: number; end: number }, m: EntityMention): boolean {
  const text = masked;
  // Titles ("Vice Admiral", "Foreign Minister") and known names ("Bahrain's") are capitalised in any prose.
  const plain = (w: string) => !isTitleWord(w) && !surfaceIndex().byKey.has(aliasKey(w.replace(/['’]s$/u, '')));
  const around = [...contentWords(text.slice(line.start, m.start)).filter(plain).slice(-3), ...contentWords(text.slice(m.end, line.end)).filter(plain).slice(0, 3)];
  return around.length >= 3 && around.every((w) => /^\p{Lu}/u.test(w)) && around.filter((w) => isCommonWord(w)).length >= 2;
}

/** A title word, or a compound of them ("Vice-President"). */
function isTitleWord(word: string): boolean {
  titleWords ??= new Set([...gazetteer().titles.keys(), ...nameCues().personTitles, ...nameCues().roleTitles].flatMap((t) => t.split(/[\s-]+/)).map((w) => w.replace(/\.$/, '')));
  return word.toLowerCase().replace(/\.$/, '').split('-').every((w) => titleWords!.has(w));
}

/** The text with every mention but `keep` blanked out (other names are capitalised in any prose). */
function maskOthers(text: string, mentions: readonly EntityMention[], keep: EntityMention): string {
  let masked = text;
  for (const m of mentions) if (m !== keep) masked = masked.slice(0, m.start) + ' '.repeat(m.end - m.start) + masked.slice(m.end);
  return masked;
}

function lineAt(text: string, at: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return { start, end: nl < 0 ? text.length : nl };
}

export function confirmNames(ctx: ExtractContext, mentions: EntityMention[]): EntityMention[] {
  const g = gazetteer();
  const text = ctx.text;
  const cutOff = !/[.!?"”’)\]]\s*$/.test(text);
  const unsure = (m: EntityMention) => {
    if (g.byId.has(m.id)) return false;
    const line = lineAt(text, m.start);
    const masked = maskOthers(text.slice(0, line.end), mentions.filter((o) => o.start >= line.start && o.end <= line.end), m);
    return isHeadlineCase(masked.slice(line.start, line.end)) || inTitleCaseRun(masked, line, m) || (cutOff && text.slice(m.end).trim() === '');
  };
  const sure = mentions.filter((m) => !unsure(m));
  const sureKeys = new Set(sure.map((m) => aliasKey(m.text)));
  const surePeople = sure.filter((m) => m.kind === 'PERSON').map((m) => ({ m, words: personWords(m.text) }));
  /** An outside mention this run of words names: the same words, or part of a person's fuller name. */
  const confirming = (run: string, kind: string, whole: boolean) => {
    if (sureKeys.has(aliasKey(run))) return sure.find((m) => aliasKey(m.text) === aliasKey(run))!;
    // A person's name may be part of a fuller one; so may a run cut out of any headline name.
    if (kind !== 'PERSON' && whole) return undefined;
    const words = personWords(run);
    return surePeople.find((p) => isPartOf(words, p.words))?.m;
  };
  return mentions.flatMap((m) => {
    if (!unsure(m)) return [m];
    const whole = confirming(m.text, m.kind, true);
    if (whole) return [m];
    const cut = cutOff && text.slice(m.end).trim() === '';
    const words = [...m.text.matchAll(/\S+/g)].map((w) => ({ start: m.start + w.index, end: m.start + w.index + w[0].length }));
    // The longest run of its words named elsewhere (a stump at the cut-off end never counts).
    for (let n = words.length - 1; n >= 1; n--) {
      for (let i = 0; i + n <= words.length; i++) {
        if (cut && i + n === words.length) continue;
        const start = words[i]!.start;
        const end = words[i + n - 1]!.end;
        const run = text.slice(start, end);
        const other = confirming(run, m.kind, false);
        if (other) return [{ ...m, start, end, text: run, kind: other.kind, id: other.id, name: other.name, by: BY }];
      }
    }
    return [];
  });
}
