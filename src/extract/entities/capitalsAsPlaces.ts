// Refiner: a capital or city-state is a government when it acts ("Pyongyang said", "Washington's
// refusal") and a PLACE when it is where something happens ("in Hanoi", "the Hanoi summit").
import type { EntityMention } from '../../model/index.js';
import type { ExtractContext } from '../context.js';
import { gazetteer } from './gazetteer.js';
import { aliasKey, slug } from './slug.js';

const LOCATIVE_BEFORE = /\b(?:in|at|to|from|into|near|outside|inside|visit(?:ed|ing|s)?|arriv(?:e|ed|es|ing) in)\s+(?:the\s+)?$/i;
const EVENT_AFTER = /^[\s-]+(?:summit|talks|meeting|conference|negotiations|declaration|visit|trip)\b/i;

export function capitalsAsPlaces(ctx: ExtractContext, mentions: EntityMention[]): EntityMention[] {
  const g = gazetteer();
  return mentions.map((m) => {
    if (m.kind !== 'COUNTRY') return m;
    const key = aliasKey(m.text);
    const place = g.byAlias.get(key)?.find((e) => e.kind === 'PLACE');
    if (m.by !== 'entities/capital' && !place) return m;
    const before = ctx.text.slice(Math.max(0, m.start - 30), m.start);
    const after = ctx.text.slice(m.end, m.end + 20);
    if (!LOCATIVE_BEFORE.test(before) && !EVENT_AFTER.test(after)) return m;
    const name = place?.name ?? m.text.replace(/\s+D\.C\.$/, '');
    return { ...m, kind: 'PLACE', id: place?.id ?? `place:${slug(name)}`, name, by: 'entities/capitalsAsPlaces' };
  });
}
