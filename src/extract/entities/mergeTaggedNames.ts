// First refinement step: the gazetteer's matches and the tagger's names, merged into one list
// without overlaps. Known names win where they are sure: the same span keeps the gazetteer's
// mention (its id, kind and role), a tagged name crossing a known one, lying inside it or covering
// two or more of them ("U.S.-North Korea", "KIM JONG UN MEETS XI JINPING" read as one name in a
// headline) gives way. The tagger wins where it sees more: a longer name around one known name
// ("Bank of Japan" around "Japan", "Kim Dong Chul" around "Kim"). A known name inside a longer name of no kind of ours
// ("the U.S. Open", a MISC name) is part of that name and is dropped; an organisation named
// after a known one ("UN General Assembly") is an organ of it and takes its id. A title the tagger took
// into a person's name ("Chairman Kim") is left out of the span first.
// Example: known [Japan (COUNTRY)], tagged [Bank of Japan (ORG)] -> [Bank of Japan (ORGANIZATION)]
import type { EntityMention } from '../../model/index.js';
import type { NameSpan } from '../nlp/tagNames.js';
import { isNationality } from './isNationality.js';
import { linkTaggedName } from './linkTaggedName.js';
import { trimName } from './trimName.js';

export function mergeTaggedNames(known: readonly EntityMention[], tagged: readonly NameSpan[]): EntityMention[] {
  const dropped = new Set<EntityMention>();
  const kept: EntityMention[] = [];
  for (const named of tagged) {
    const span = trimName(named);
    if (!span) continue;
    const over = known.filter((k) => k.start < span.end && span.start < k.end);
    const same = over.length === 1 && over[0]!.start === span.start && over[0]!.end === span.end ? over[0]! : undefined;
    const inside = over.length === 1 && !same && span.start <= over[0]!.start && over[0]!.end <= span.end;
    const t = linkTaggedName(span);
    if (!t) {
      // "the U.S. Open": a known name that is whole words of a longer name; not "U.S.-led".
      if (inside && !isNationality(over[0]!) && /^\s/.test(span.text.slice(over[0]!.end - span.start))) dropped.add(over[0]!);
    } else if (!over.length) kept.push(t);
    else if (inside) {
      dropped.add(over[0]!);
      kept.push(partOf(t, over[0]!));
    }
  }
  return [...known.filter((k) => !dropped.has(k)), ...kept].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** "UN General Assembly" around the known "UN": an organ of a known organisation is linked to it. */
function partOf(t: EntityMention, k: EntityMention): EntityMention {
  return t.kind === 'ORGANIZATION' && k.kind === 'ORGANIZATION' && k.start === t.start ? { ...t, id: k.id, name: k.name } : t;
}
