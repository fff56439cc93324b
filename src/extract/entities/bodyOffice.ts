// Offices of bodies: the head of an organisation named by its title ("European Council President",
// "UN Secretary-General", "the EU's foreign policy chief", "the President of the European Commission").
// The office words are data (offices.json bodyTitles); the body is the organisation written before
// the word or after "of (the)". A title that says its bearer does not hold the office now ("former",
// "deputy", "vice", "acting") names none. An office a page names without its holder is a slot
// (bodySlotId), filled across pages by resolve (officeHolders), like a country's (officeSlot).
// Example: bodyOfTitle('European Council President') -> { body: 'organization:european-council', office: 'head', name: 'European Council' };
//   bodySlotId('organization:european-council', 'head') -> 'person:body-office-european-council--head'
import { gazetteer } from './gazetteer.js';
import { aliasKey, slug } from './slug.js';
import { countryOf } from './titleOffice.js';

const wordsRe = new Map<string, string>();

/** The alternation of every body office word, longest first; of one office class only when given ("head": "President", "Secretary-General", "chief"). */
export function bodyOfficeWords(office?: string): string {
  const key = office ?? '';
  if (!wordsRe.has(key)) {
    const words = [...gazetteer().bodyTitles].filter(([, o]) => office === undefined || o === office).map(([w]) => w);
    wordsRe.set(key, words.sort((a, b) => b.length - a.length).map((w) => w.replace(/[-\s]/g, '[-\\s]')).join('|'));
  }
  return wordsRe.get(key)!;
}

/** The office class of a body office word as written ("Secretary General" -> "head"). */
export function bodyOfficeOf(word: string): string | undefined {
  const titles = gazetteer().bodyTitles;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  return titles.get(w) ?? titles.get(w.replace(/-/g, ' '));
}

/** The id an organisation's name links to: its gazetteer entry, else the id the tagger gives a new one. */
export function bodyIdOf(name: string): string {
  const known = gazetteer().byAlias.get(aliasKey(name))?.find((e) => e.kind === 'ORGANIZATION');
  return known?.id ?? `organization:${slug(name)}`;
}

const NOT_NOW = /\b(?:former|ex|late|then|deputy|vice|assistant|under|associate|acting|interim|outgoing|incoming|would-be|future|next|previous|first|spokesman|spokeswoman|spokesperson)\b|\band\b/i;
const BODY = /^(?:the\s+)?((?:\p{Lu}[\p{L}.]*\s+){0,3}\p{Lu}[\p{L}.]*?)(?:['’]s)?$/u;

/** The body and office a person's title names, or null ("European Council President", "Secretary-General of the United Nations"). */
export function bodyOfTitle(title: string): { body: string; office: string; name: string } | null {
  const m = new RegExp(`^(.*?)\\b(${bodyOfficeWords()})(?:\\s+of\\s+(?:the\\s+)?(.+))?$`, 'iu').exec(title.trim());
  if (!m || NOT_NOW.test(m[1]!)) return null;
  const office = bodyOfficeOf(m[2]!);
  const name = BODY.exec((m[3] ?? m[1]!).trim())?.[1];
  // "Russian President", "President of Switzerland": a country's office (titleOffice), no body's.
  if (!office || !name || (m[3] && m[1]!.trim()) || countryOf(name)) return null;
  return { body: bodyIdOf(name), office, name };
}

const SLOT = /^person:body-office-([a-z0-9-]+?)--([a-z-]+)$/;

export function bodySlotId(body: string, office: string): string {
  return `person:body-office-${body.replace(/^organization:/, '')}--${office}`;
}

export function bodySlot(id: string): { body: string; office: string } | null {
  const m = SLOT.exec(id);
  return m ? { body: `organization:${m[1]!}`, office: m[2]! } : null;
}
