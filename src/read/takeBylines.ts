// Bylines and author lines out of an article's lines: their names become the article's authors and
// never stay in the text (where the tagger would make people of the news of them). Recognised:
//   - a byline line ("By Ana Lima, Reuters"; parseByline), or one ending a standfirst ("... in Kyiv. By Ana Lima & Ben Roe");
//   - a name alone on the line right before the date line of the article's head ("Ana Lima" / "June 3, 2021"),
//     or right before a paragraph among the first lines, whose words the text uses nowhere else (so not
//     a tag line such as "Russia Vladimir Putin");
//   - a correspondent's lead-in ("Our correspondent, Ana Lima, reported from Kyiv:");
//   - an author link, card or staff credit alone on a line ("More from Ana Lima", "Ana Lima, author of ...",
//     "From Example's Ana Lima in Oslo", "Reuters Staff"), and reporters' names opening a line ("Ana Lima / Ben Dale");
//   - a note that the story was first reported by someone ("It was originally reported by Ana Lima on example.com");
//   - then, once the authors are known, short lines naming one of them (an author card, "By Ana Lima")
//     and bios opening with one ("Ana Lima covers the White House.").
// Example: takeBylines(['Kim met Moon.', 'By Ana Lima', 'Ana Lima covers Asia.'], null)
//   -> { kept: ['Kim met Moon.'], bylines: ['Ana Lima'], names: ['Ana Lima'] }
import { isCommonWord } from '../extract/entities/wordCase.js';
import { parseByline } from './parseByline.js';

const TRAILING = /(?<=[.!?"”’])\s+(By\s+\S.{1,80})$/;
const AUTHOR_LINK = /^(?:more|more stories|more articles|stories|articles|all stories|view all posts|posts)\s+(?:from|by)\s+(\S.{1,60})$/i;
const STAFF = /^(?:[\p{Lu}][\p{L}&.'’-]*\s+){1,3}(?:Staff|Staff Writers?|Staff Reporters?|Newsroom|Desk|Bureau)$/u;
const FIRST_REPORTED = /\b(?:originally|first)\s+(?:reported|written|published)\s+by\s+([^.]{3,80}?)\s+(?:on|for|at|in)\s+\S/gi;
/** A name alone on its line: two to four capitalised words ("Ana Lima", "Gréta Sigríður Einarsdóttir"). */
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|al|bin)){1,3}$/u;
const MAX_BIO_WORDS = 30;
/** A short line naming an author ("From Example's Ana Lima in Oslo") is an author card. */
const MAX_CARD_WORDS = 12;
/** A paragraph of the body is a line this long or longer; a byline before one stands among the first lines. */
const BODY_LINE = 150;
const HEAD_LINES = 10;
const NAME_RUN = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}`;
const AUTHOR_CARD = new RegExp(String.raw`^(${NAME_RUN}),?\s+(?:author|reporter|correspondent|contributor|staff writer)\b[^.!?]{0,60}$`, 'u');
const POST_BYLINE = new RegExp(String.raw`^From\s+(?:\p{Lu}[\p{L}&.-]*['’]s?\s+)?(${NAME_RUN})(?:\s+in\s+[^.!?]{1,40})?$`, 'u');
/** Two names or more opening a line, set apart by " / " (a wire's reporters before the dateline). */
const SLASHED = new RegExp(String.raw`^(${NAME_RUN})(?:\s+\/\s+\p{Lu}[\p{Ll}'’.-]*\s\p{Lu}[\p{Ll}'’.-]+)+`, 'u');
const CORRESPONDENT = /^(?:our|the)\s+(?:\p{L}+\s+){0,2}correspondent,?\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}),?\s+(?:reported|reports|writes|wrote|said|says)\b[^.!?]{0,60}[:.]?$/iu;

/** "Ana Lima and Ben Roe" -> ["Ana Lima", "Ben Roe"]. */
export function bylineNames(byline: string): string[] {
  return byline.split(/\s*(?:,|&|\band\b)\s*/).map((s) => s.trim()).filter((s) => /\s/.test(s));
}

function isNameLine(line: string): boolean {
  // "Reversible Concessions": a subhead of common words is no one's name.
  if (line.split(/\s+/).every((w) => isCommonWord(w))) return false;
  // "BIS Seal": an acronym beside a word in lower case is a label, not a name written in capitals.
  const mixedCase = /\p{Ll}/u.test(line) && line.split(/\s+/).some((w) => /^\p{Lu}{2,}$/u.test(w));
  return NAME_LINE.test(line) && !mixedCase && !/^by\s/i.test(line) && parseByline(`By ${line}`) !== null;
}

/** Whether none of the name's words of four letters or more stands in another line. */
function namedNowhereElse(lines: readonly string[], at: number): boolean {
  const name = lines[at]!;
  const words = name.split(/\s+/).filter((w) => w.length >= 4);
  // Its own repeats (an author card) and a bio opening with it do not count.
  return !lines.some((l, i) => i !== at && l !== name && !l.startsWith(`${name} `) && words.some((w) => new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(l)));
}

export function takeBylines(lines: readonly string[], dateAt: number | null): { kept: string[]; bylines: string[]; names: string[] } {
  const bylines: string[] = [];
  const names: string[] = [];
  const add = (byline: string | null) => {
    if (byline && !bylines.includes(byline)) bylines.push(byline);
    if (byline) for (const n of [byline, ...bylineNames(byline)]) if (!names.includes(n)) names.push(n);
    return byline !== null;
  };
  // The name line right before the date line of the head (the date line is gone: dateAt is where it was).
  const byDate = new Set<number>();
  const before = dateAt === null ? undefined : [...lines.keys()].filter((i) => i < dateAt && lines[i] !== '').pop();
  if (before !== undefined && isNameLine(lines[before]!) && namedNowhereElse(lines, before)) byDate.add(before);
  const filled = [...lines.keys()].filter((i) => lines[i] !== '').slice(0, HEAD_LINES);
  for (const [k, i] of filled.entries()) {
    const next = filled[k + 1];
    if (next !== undefined && lines[next]!.length >= BODY_LINE && isNameLine(lines[i]!) && namedNowhereElse(lines, i)) byDate.add(i);
  }
  const kept: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (line === '') {
      kept.push(line);
      continue;
    }
    if (byDate.has(i) && add(line)) continue;
    if (add(parseByline(line))) continue;
    const link = AUTHOR_LINK.exec(line);
    if (link && isNameLine(link[1]!.trim()) && add(link[1]!.trim())) continue;
    // "Ana Lima, author of ...", "From Example's Ana Lima in Oslo", "Ana Lima / Ben Dale Oslo, May 3:".
    const card = AUTHOR_CARD.exec(line.trim()) ?? POST_BYLINE.exec(line.trim());
    if (card && isNameLine(card[1]!) && add(card[1]!)) continue;
    const slashed = SLASHED.exec(line);
    // The rest is a dateline at most ("Oslo/Bergen, May 3:"), no sentence.
    if (slashed && isNameLine(slashed[1]!) && !/(?:^|[\s/,])\p{Ll}{3,}/u.test(line.slice(slashed[0].length))) {
      for (const n of slashed[0].split(/\s+\/\s+/).map((x) => x.trim()).filter((x) => isNameLine(x))) add(n);
      const rest = line.slice(slashed[0].length).trim();
      if (rest) kept.push(rest);
      continue;
    }
    const lead = CORRESPONDENT.exec(line.trim());
    if (lead && isNameLine(lead[1]!) && add(lead[1]!)) continue;
    if (STAFF.test(line.trim())) {
      add(line.trim());
      continue;
    }
    if ([...line.matchAll(FIRST_REPORTED)].filter((m) => add(parseByline(`By ${m[1]}`))).length > 0) continue;
    const trailing = TRAILING.exec(line);
    if (trailing && add(parseByline(trailing[1]!))) {
      kept.push(line.slice(0, trailing.index).trimEnd());
      continue;
    }
    kept.push(line);
  }
  // Repeats of an author's name, and short bios that open with it.
  const people = names.filter((a) => /\s/.test(a));
  const isAuthorLine = (line: string) =>
    people.some(
      (a) =>
        line === a ||
        line === `By ${a}` ||
        (line.startsWith(`${a} `) && line.split(/\s+/).length <= MAX_BIO_WORDS && /[.!]$/.test(line)) ||
        (line.includes(a) && line.split(/\s+/).length <= MAX_CARD_WORDS),
    );
  return { kept: kept.filter((line) => !isAuthorLine(line)), bylines, names };
}
