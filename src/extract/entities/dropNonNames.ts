// Refiner: what the tagger took for a person and is none. A name of common words and titles only
// ("Birth Anniversary", "Live Updates", "Sheikh Dr"; data/gazetteer/wordCase.json), one opened by a
// place-made adjective ("Lebanon-based Hezbollah"), a group ("Muslim",
// "Serbs", a plural demonym "Pakistanis"), or a name ending in a word no person's name ends in that
// heads a law, a document, an event or a body of people, or one with an acronym ("VOA Persian") ("Benn Act", "Road Initiative", "Tory MPs";
// nameCues.json nameHeads.NONE), or with a digit ("MiG-21 Bison"), or a ship's ("USS Ana Holm"), is
// dropped; one followed by a word for a place ("Khyber Pakhtunkhwa province") is a place. People the gazetteer knows are left alone.
// Example: "the Benn Act, the Rivia Accords and Rivia province" -> only Rivia (PLACE)
import type { EntityMention } from '../../model/index.js';
import type { ExtractContext } from '../context.js';
import { afterHonorific } from './findNewPersons.js';
import { fullNameSurnames, SURNAME_CUE } from './fullNameSurnames.js';
import { gazetteer } from './gazetteer.js';
import { nameCues } from './nameCues.js';
import { aliasKey, slug } from './slug.js';
import { isCommonWord, isGroupWord } from './wordCase.js';

const BY = 'entities/dropNonNames';
const PLACE_AFTER = /^[ \t]+(?:province|district|state|region|county|valley|city|town|village|area|border|airport|camp|sector|governorate|oblast)\b/i;

function isDemonym(word: string): boolean {
  const key = aliasKey(word);
  const d = gazetteer().demonyms;
  return d.has(key) || (key.endsWith('s') && d.has(key.slice(0, -1)));
}

export function dropNonNames(ctx: ExtractContext, mentions: EntityMention[]): EntityMention[] {
  const g = gazetteer();
  const heads = new Set(nameCues().nameHeads.NONE);
  const titles = new Set([...g.titles.keys(), ...nameCues().personTitles, ...nameCues().roleTitles].map((t) => t.replace(/\.$/, '')));
  const surnames = fullNameSurnames(mentions);
  return mentions.flatMap((m) => {
    if (m.kind !== 'PERSON' || g.byId.has(m.id)) return [m];
    const words = m.text
      .split(/\s+/)
      .map((w) => w.replace(/['’]s$/u, '').replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
      .filter(Boolean);
    if (words.length === 0) return [];
    // "Mr Tusk", "Mrs May": after an honorific a common word is a surname. So is the surname of a person the article
    // names in full before "said" or a possessive ("Tom Cotton ... Cotton said"), found by findNewPersons or by the tagger.
    const honoured =
      (afterHonorific(ctx.text, m.start) && !titles.has(words[0]!.toLowerCase())) ||
      m.by === 'entities/findNewPersons:surname' ||
      (words.length === 1 && surnames.has(words[0]!) && SURNAME_CUE.test(ctx.text.slice(m.end, m.end + 12)));
    if (!honoured && words.every((w) => isCommonWord(w) || titles.has(w.toLowerCase()))) return [];
    // "Lebanon-based Hezbollah", "Pakistan-occupied Kashmir": a place-made adjective opens no person's name.
    if (/^\p{Lu}\p{L}+-(?:based|occupied|controlled|held|led|backed|run|owned|born|administered)$/u.test(words[0]!)) return [];
    if (words.length === 1 && (isGroupWord(words[0]!) || isDemonym(words[0]!))) return [];
    if (heads.has(words[words.length - 1]!.toLowerCase())) return [];
    // "VOA Persian": an acronym among words in lower case names an organisation (not "XI" of a known name, nor "II").
    if (words.length > 1 && words.some((w) => /^\p{Lu}{2,}$/u.test(w) && !/^[IVX]+$/.test(w)) && words.some((w) => /\p{Ll}/u.test(w))) return [];
    // "MiG-21 Bison": no one's name has a digit; "USS Ana Holm" is a ship.
    if (/\d/.test(m.text) || /\b(?:USS|HMS|HMCS|INS|RFS|MV|SS)\s+$/.test(ctx.text.slice(Math.max(0, m.start - 6), m.start))) return [];
    if (PLACE_AFTER.test(ctx.text.slice(m.end, m.end + 20))) return [{ ...m, kind: 'PLACE' as const, id: `place:${slug(m.text)}`, name: m.text, by: BY }];
    return [m];
  });
}
