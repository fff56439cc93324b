// Refiner: a capital or city-state is a government when it acts ("Pyongyang said", "Washington's
// refusal") and a PLACE when it is where something happens ("in Hanoi", "the Hanoi summit").
import type { EntityMention } from '../../model/index.js';
import type { ExtractContext } from '../context.js';
import { gazetteer } from './gazetteer.js';
import { aliasKey, slug } from './slug.js';

const LOCATIVE_BEFORE = /(?:\b(?:in|at|to|into|near|outside|inside|via|visit(?:ed|ing|s)?|arriv(?:e|ed|es|ing) in|(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?|head(?:s|ed|ing)?|bound) for|leaving|left|(?:return(?:s|ed|ing)?|fl(?:y|ew|ying)|travel(?:l?ed|s|l?ing)?|came|coming|depart(?:s|ed|ing)?) from)\s+(?:the\s+)?|#)$/i;
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
    // "SEOUL, Oct. 7 (Yonhap) --", "BEIJING —", "WASHINGTON/PALM BEACH": a dateline names where the story was filed.
    const dateline = (m.start === 0 || ctx.text[m.start - 1] === '\n') && /^(?:\s*[,(/]|\s+(?:-{1,2}|—|–)\s)/.test(after);
    if (!LOCATIVE_BEFORE.test(before) && !EVENT_AFTER.test(after) && !dateline) return m;
    const capital = gazetteer().capitalNames.get(aliasKey(m.text));
    const name = place?.name ?? capital ?? m.text.replace(/\s+D\.C\.$/, '');
    return { ...m, kind: 'PLACE', id: place?.id ?? `place:${slug(name)}`, name, by: 'entities/capitalsAsPlaces' };
  });
}
