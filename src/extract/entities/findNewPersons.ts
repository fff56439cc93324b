// Refiner: people both the gazetteer and the tagger missed. A run of two or three capitalised
// words that no other mention covers becomes a PERSON when a title or role stands right before it
// ("Defence ministers Song Young-moo and No Kwang Chol": the tagger reads "No" as the word) or when
// it carries a family name the gazetteer knows ("Kim Dong Chul"). Later single-word mentions of
// its surname in the article link to it. (compromise's person tagging, used here before the
// tagger, lowered CoNLL-2003 PER precision by 0.8 points and found nothing more on our gold set.)
// A capitalised word after "Mr", "Mrs", "Ms", "Miss" or "Dr" is a surname ("Mrs May", "Mr Tusk"; with the given
// name before it elsewhere, "Theresa May", a full name), and so is
// the surname of a person the article names in full before a verb or a possessive ("Cotton said").
import type { EntityMention } from '../../model/index.js';
import type { ExtractContext } from '../context.js';
import { gazetteer } from './gazetteer.js';
import { personSlug } from './personKey.js';
import { aliasKey } from './slug.js';
import { fullNameSurnames, SURNAME_CUE } from './fullNameSurnames.js';
import { surnameBearers } from './surnameBearers.js';
import { isCommonWord } from './wordCase.js';

const NAME_RUN = /(?<![\p{L}\p{N}#@])\p{Lu}[\p{Ll}][\p{L}'’-]*(?:[ \t]+\p{Lu}\.)?(?:[ \t]+\p{Lu}[\p{Ll}][\p{L}'’-]*){1,2}(?![\p{L}])/gu;
const ROLE_BEFORE = /\b(?:minister|secretary|envoy|adviser|advisor|spokesman|spokeswoman|spokesperson|ambassador|official|director|general|representative|negotiator|chief|senator|lawmaker|analyst|professor|counterpart|representative for [\p{L} ]+|(?:minister|envoy|adviser|advisor|ambassador|official|director|general|negotiator|senator|lawmaker|analyst)s),?\s+$/iu;
const NOT_NAME = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|But|And|After|Before|When|While|Despite|Following|According|In|On|At|Author|Read|More|Also|Like|Please|Share|Follow|Email|Korean|Peninsula|War|Party|Ministry|Department|House|Office|Agency|News|Times|Post|Base|Olympics|Games|University|Institute|College|School|Province|Island|Islands|Airport|Hotel|Center|Centre|Square|Bridge|Museum|Hall|Station|Council|Committee|Army|Navy|Force|Forces|Command|Group|Court|Assembly|Congress|Senate|Bank|Company|Corporation|Fund|Treaty|Declaration|Agreement|Accord|Resolution|Zone|Village|City|County|Street|Road|Park|Palace|Tower|Reserve|Service|Network|Daily|Press|Sinmun)\b/;

const HONORIFIC_NAME = /\b(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+(\p{Lu}[\p{Ll}][\p{L}'’-]*)(?![\p{L}])/gu;
const HONORIFIC_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+$/;

/** Whether an honorific stands right before a position ("Mr |Tusk"): the word there is a surname. */
export function afterHonorific(text: string, at: number): boolean {
  return HONORIFIC_BEFORE.test(text.slice(Math.max(0, at - 6), at));
}

/** "Kim Dong Chul", "Melania Trump": a run that starts or ends with a family name the gazetteer knows. */
function hasKnownFamilyName(run: string): boolean {
  const words = aliasKey(run).split(' ');
  const bearers = surnameBearers();
  return bearers.has(words[0]!) || bearers.has(words[words.length - 1]!);
}

export function findNewPersons(ctx: ExtractContext, mentions: EntityMention[]): EntityMention[] {
  const out = [...mentions];
  const covered = (s: number, e: number) => out.some((m) => m.start < e && s < m.end);
  const titleWords = gazetteer().titles;
  NAME_RUN.lastIndex = 0;
  for (let r = NAME_RUN.exec(ctx.text); r; r = NAME_RUN.exec(ctx.text)) {
    const start = r.index;
    const end = start + r[0].length;
    if (covered(start, end) || NOT_NAME.test(r[0]) || [...titleWords.keys()].some((t) => r![0].toLowerCase().includes(t))) continue;
    const before = ctx.text.slice(Math.max(0, start - 40), start);
    if (!ROLE_BEFORE.test(before) && !hasKnownFamilyName(r[0])) continue;
    out.push({ start, end, text: r[0], kind: 'PERSON', id: `person:${personSlug(r[0])}`, name: r[0], by: 'entities/findNewPersons' });
  }
  // "Mr Tusk", "Mrs May": an honorific makes the capitalised word after it a surname, even a common word or a month.
  for (const r of ctx.text.matchAll(HONORIFIC_NAME)) {
    const start = r.index + r[0].length - r[1]!.length;
    const end = start + r[1]!.length;
    if (!covered(start, end)) out.push({ start, end, text: r[1]!, kind: 'PERSON', id: `person:${personSlug(r[1]!)}`, name: r[1]!, by: 'entities/findNewPersons:honorific' });
  }
  // "Theresa May ... Mrs May": the surname an honorific attests, after a given name the tagger left out, is the full name.
  for (const surname of new Set(out.filter((m) => m.by === 'entities/findNewPersons:honorific').map((m) => m.text))) {
    for (const r of ctx.text.matchAll(new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+)[ \\t]+${surname}(?![\\p{L}])`, 'gu'))) {
      const end = r.index + r[0].length;
      if (covered(r.index, end) || NOT_NAME.test(r[1]!) || isCommonWord(r[1]!) || titleWords.has(r[1]!.toLowerCase())) continue;
      out.push({ start: r.index, end, text: r[0], kind: 'PERSON', id: `person:${personSlug(r[0])}`, name: r[0], by: 'entities/findNewPersons:honorific' });
    }
  }
  // "Cotton said", "Cotton’s letter": the surname of a person named in full, where the tagger read a common word,
  // when a verb of saying or doing or a possessive follows it (not "cotton prices", not "in May").
  for (const surname of fullNameSurnames(mentions)) {
    if (!/^\p{Lu}\p{Ll}+$/u.test(surname)) continue;
    const re = new RegExp(`(?<![\\p{L}])${surname}(?![\\p{L}])`, 'gu');
    for (const m of ctx.text.matchAll(re)) {
      if (!covered(m.index, m.index + surname.length) && SURNAME_CUE.test(ctx.text.slice(m.index + surname.length, m.index + surname.length + 12))) out.push({ start: m.index, end: m.index + surname.length, text: surname, kind: 'PERSON', id: `person:${personSlug(surname)}`, name: surname, by: 'entities/findNewPersons:surname' });
    }
  }
  const found = out.filter((m) => m.by === 'entities/findNewPersons');
  // Family name first or last ("Choe Son Hui", "Stephen Biegun"): either word alone names the person.
  for (const p of found) for (const surname of new Set([p.name.split(/\s+/)[0]!, p.name.split(/\s+/).pop()!])) {
    const re = new RegExp(`(?<![\\p{L}])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    for (const m of ctx.text.matchAll(re)) {
      if (!covered(m.index, m.index + surname.length)) {
        out.push({ start: m.index, end: m.index + surname.length, text: surname, kind: 'PERSON', id: p.id, name: p.name, by: 'entities/findNewPersons' });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
