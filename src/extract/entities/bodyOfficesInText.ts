// Refiner: heads of bodies learned from the page, as officesInText learns a country's offices. A
// name written with its body's office ("European Council President Ana Holm", "Ana Holm, the EU's
// foreign policy chief,") tells who holds that office of that organisation (an ORGANIZATION mention
// right before the office word, or after "of the"); the office written later without a name ("a
// letter to the European Council President", "met the President of the Commission") is that person
// when the page names exactly one holder of it, and nobody when it names several. With none on a
// page of known day it is a slot (bodySlotId) that resolve fills from pages of the same weeks
// (officeHolders), else with the body itself, as before. Generic and past uses ("a Commission
// president", "the former Commission president", "the next UN secretary-general") and other
// offices ("the deputy head of", "Commission vice president") are left alone; a name after a comma
// holds the office only when "the" opens it (in a list it is the next item). The holder's mention
// takes the office as its title, for resolve to learn (bodyOfTitle).
// Example: "European Council President Ana Holm spoke. May wrote to the European Council President."
//   -> the second is person:ana-holm (title "European Council President", by entities/bodyOfficesInText)
import type { EntityMention } from '../../model/index.js';
import type { ExtractContext } from '../context.js';
import { bodyOfficeOf, bodyOfficeWords, bodySlotId } from './bodyOffice.js';
import { BODY_OFFICE_BY, readsOffice } from './officeReadings.js';
import { titleOffice } from './titleOffice.js';

interface BodyPhrase {
  /** The whole phrase with "the" ("the European Council President"). */
  start: number;
  end: number;
  /** The organisation mention inside it. */
  body: EntityMention;
  office: string;
  generic: boolean;
}

const GENERIC_BEFORE = /(?:\b(?:a|an|any|every|another|no|each|his|her|their|whose|its|former|then|late|deputy|vice|acting|interim|outgoing|incoming|next|future|new|first|last|previous|past|successive)\s+|\bex-)$/iu;
const NAME_AFTER = /^,?[ \t]+(?:(?:Sir|Mr|Mrs|Ms|Dr)\.?[ \t]+)?\p{Lu}/u;
const TITLE_GAP = /^,?[ \t]+(?:(?:Sir|Mr|Mrs|Ms|Dr)\.?[ \t]+)?$/;

/** "<Body>('s) <office>" and "the <office> of (the) <Body>" phrases of the text. */
function bodyPhrases(text: string, mentions: readonly EntityMention[]): BodyPhrase[] {
  const out: BodyPhrase[] = [];
  const words = bodyOfficeWords();
  const after = new RegExp(`^(?:['’]s)?[ \\t]+(${words})(?![\\p{L}-])`, 'iu');
  // "the President of the Commission"; "the chair of EU summits" is no office of the EU.
  const before = new RegExp(`\\b(${words})[ \\t]+of[ \\t]+the[ \\t]+$`, 'iu');
  for (const body of mentions) {
    if (body.kind !== 'ORGANIZATION') continue;
    const a = after.exec(text.slice(body.end, body.end + 40));
    const b = a ? null : before.exec(text.slice(Math.max(0, body.start - 40), body.start));
    const word = a?.[1] ?? b?.[1];
    const office = word ? bodyOfficeOf(word) : undefined;
    if (!office) continue;
    let start = b ? body.start - b[0].length : body.start;
    const end = a ? body.end + a[0].length : body.end;
    // "the Commission president's deputy" names another office.
    if (/^['’]s[ \t]+(?:deputy|vice)\b/iu.test(text.slice(end, end + 20))) continue;
    if (/\bthe[ \t]+$/i.test(text.slice(Math.max(0, start - 4), start))) start -= 4;
    const generic = GENERIC_BEFORE.test(text.slice(Math.max(0, start - 30), start));
    out.push({ start, end, body, office, generic });
  }
  return out.sort((x, y) => x.start - y.start);
}

/** The person a phrase titles: the one right after it, or the one it follows in apposition closed by a comma or the sentence's end. */
function titled(text: string, people: readonly EntityMention[], p: BodyPhrase): EntityMention | undefined {
  const closed = /^\s*(?:[,.;:)]|$)/.test(text.slice(p.end, p.end + 2));
  const prev = closed ? people.find((m) => m.end <= p.start && /^,[ \t]+$/.test(text.slice(m.end, p.start))) : undefined;
  // A name after a comma is the phrase's only with "the" before it ("the EU's foreign policy chief, Ana Holm"); in a list
  // ("... and head of the Policy Council, Ivan Petrov, ...") it is the next item.
  const gap = /^the\s/i.test(text.slice(p.start, p.end)) ? TITLE_GAP : /^[ \t]+(?:(?:Sir|Mr|Mrs|Ms|Dr)\.?[ \t]+)?$/;
  return prev ?? people.find((m) => m.start >= p.end && gap.test(text.slice(p.end, m.start)));
}

export function bodyOfficesInText(ctx: ExtractContext, mentions: EntityMention[]): EntityMention[] {
  const found = bodyPhrases(ctx.text, mentions);
  if (found.length === 0) return mentions;
  const people = mentions.filter((m) => m.kind === 'PERSON' && !readsOffice(m));
  const learned = new Map<string, Map<string, EntityMention>>();
  const titles = new Map<EntityMention, string>();
  for (const p of found) {
    const holder = p.generic ? undefined : titled(ctx.text, people, p);
    if (!holder) continue;
    const key = `${p.body.id}|${p.office}`;
    learned.set(key, (learned.get(key) ?? new Map<string, EntityMention>()).set(holder.id, holder));
    if (!(holder.title && titleOffice(holder.title)?.country)) titles.set(holder, ctx.text.slice(p.start, p.end).replace(/^the\s+/i, ''));
  }
  const added: EntityMention[] = [];
  const replaced = new Set<EntityMention>();
  for (const p of found) {
    const theBefore = /^the\s/i.test(ctx.text.slice(p.start, p.end));
    const overlapsPerson = mentions.some((m) => m.kind === 'PERSON' && m.start < p.end && p.start < m.end);
    if (p.generic || !theBefore || overlapsPerson || NAME_AFTER.test(ctx.text.slice(p.end, p.end + 40)) || titled(ctx.text, people, p)) continue;
    const ids = learned.get(`${p.body.id}|${p.office}`) ?? new Map<string, EntityMention>();
    const text = ctx.text.slice(p.start, p.end);
    const title = text.replace(/^the\s+/i, '');
    if (ids.size === 1) {
      const holder = [...ids.values()][0]!;
      added.push({ start: p.start, end: p.end, text, kind: 'PERSON', id: holder.id, name: holder.name, title, by: BODY_OFFICE_BY });
      replaced.add(p.body);
    } else if (ids.size === 0 && ctx.reference) {
      added.push({ start: p.start, end: p.end, text, kind: 'PERSON', id: bodySlotId(p.body.id, p.office), name: title, title, by: BODY_OFFICE_BY });
      replaced.add(p.body);
    }
  }
  const out = mentions.filter((m) => !replaced.has(m)).map((m) => (titles.has(m) ? { ...m, title: titles.get(m)! } : m));
  return added.length === 0 ? out : [...out, ...added].sort((a, b) => a.start - b.start);
}
