// Refiner: the title written right before a person's name is the mention's role ("Treasury Secretary
// Peter Langmoor", "Kremlin Spokesman Oleg Varin", "Mr Langmoor"), never part of the name; a mention
// whose title an earlier refiner set (resolveTitles, trimName) keeps it. The role is the run of
// capitalised words before the name that ends in a title word (gazetteer offices, nameCues.json).
// Example: "Treasury Secretary Peter Langmoor said" -> Peter Langmoor with title "Treasury Secretary"
import type { EntityMention } from '../../model/index.js';
import type { ExtractContext } from '../context.js';
import { gazetteer } from './gazetteer.js';
import { nameCues } from './nameCues.js';

let titleWords: Set<string> | undefined;
const RUN_BEFORE = /((?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,4})$/u;

export function titlesAsRoles(ctx: ExtractContext, mentions: EntityMention[]): EntityMention[] {
  titleWords ??= new Set([...gazetteer().titles.keys(), ...nameCues().personTitles, ...nameCues().roleTitles].flatMap((t) => t.split(/\s+/)).map((w) => w.replace(/\.$/, '')));
  return mentions.map((m) => {
    if (m.kind !== 'PERSON' || m.title) return m;
    const run = RUN_BEFORE.exec(ctx.text.slice(Math.max(0, m.start - 60), m.start));
    if (!run) return m;
    const words = run[1]!.trim().split(/\s+/);
    // The run ends at the last title word before the name: "Treasury Secretary", not "Treasury".
    let end = words.length;
    while (end > 0 && !titleWords!.has(words[end - 1]!.toLowerCase().replace(/\.$/, ''))) end--;
    if (end !== words.length || end === 0) return m;
    return { ...m, title: words.join(' ') };
  });
}
