// Refiner: titles. "South Korean President Moon Jae-in" -> Moon's mention carries the title and
// the demonym is folded into it; "the Russian President" with no name after it (or a name that
// the page stripped) -> a PERSON mention of whoever held that office on the reference day
// (gazetteer, dated terms). "Secretary of State" implies the United States.
import type { EntityMention } from '../../model/index.js';
import type { ExtractContext } from '../context.js';
import { gazetteer } from './gazetteer.js';
import { officeHolder } from './officeHolder.js';
import { RESOLVE_TITLES_BY } from './officeReadings.js';
import { officeFor } from './titleOffice.js';

let titleRe: RegExp | undefined;
const GENERIC_BEFORE = /\b(?:(?:a|an|any|every|another|no|each)\s+(?:[\p{L}-]+\s+)?|the\s+(?:first|last|only|previous|former|late|next|future)\s+)$/iu;

export function resolveTitles(ctx: ExtractContext, mentions: EntityMention[]): EntityMention[] {
  const g = gazetteer();
  titleRe ??= new RegExp(`\\b(?:${[...g.titles.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`, 'giu');
  const named = new Set(mentions.filter((m) => m.kind === 'PERSON').map((m) => m.id));
  const out = [...mentions];
  const drop = new Set<EntityMention>();
  titleRe.lastIndex = 0;
  for (let t = titleRe.exec(ctx.text); t; t = titleRe.exec(ctx.text)) {
    const start = t.index;
    const end = start + t[0].length;
    if (out.some((m) => m.start < end && start < m.end)) continue;
    const qualifier = [...out].reverse().find((m) => m.end <= start && /^(?:['’]s)?\s+$/.test(ctx.text.slice(m.end, start)) && m.kind === 'COUNTRY');
    const next = out.find((m) => m.start >= end && /^,?[ \t]+$/.test(ctx.text.slice(end, m.start)));
    const titleStart = qualifier?.start ?? start;
    const title = ctx.text.slice(titleStart, end);
    if (next?.kind === 'PERSON') {
      out[out.indexOf(next)] = { ...next, title };
      if (qualifier) drop.add(qualifier);
      continue;
    }
    const word = t[0].toLowerCase();
    const country = qualifier ? g.byId.get(qualifier.id)?.country : g.impliedCountry.get(word);
    // Plural "leaders" never reaches here (the pattern ends at a word boundary); events read them.
    if (!country || /^s\b/.test(ctx.text.slice(end))) continue;
    // "a sitting US president", "any North Korean leader": a generic office, not its holder.
    if (GENERIC_BEFORE.test(ctx.text.slice(Math.max(0, titleStart - 25), titleStart))) continue;
    const holder = officeHolder(country, officeFor(word, country), ctx.reference, named);
    if (!holder) continue;
    const person = g.byId.get(holder.person)!;
    if (qualifier) drop.add(qualifier);
    const headStart = /\bthe\s+$/i.test(ctx.text.slice(Math.max(0, titleStart - 4), titleStart)) ? titleStart - 4 : titleStart;
    out.push({ start: headStart, end, text: ctx.text.slice(headStart, end), kind: 'PERSON', id: person.id, name: person.name, title, by: RESOLVE_TITLES_BY });
  }
  return out.filter((m) => !drop.has(m)).sort((a, b) => a.start - b.start);
}
