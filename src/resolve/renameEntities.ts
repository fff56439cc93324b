// An article's extraction with some entities replaced by the nodes they are (joinPeople,
// peopleTypedOtherwise): the entity takes the node's id, kind and name and keeps its own name as
// an alias; mentions, event participants and places follow; a participant named twice in one
// role is then one.
// Example: renameEntities(x, Map { 'person:ana-ruiz' => { id: 'person:ana-ruiz-vega', name: 'Ana Ruiz Vega', ... } })
//   -> x with entity { id: 'person:ana-ruiz-vega', name: 'Ana Ruiz Vega', aliases: ['Ana Ruiz'] }
import type { Entity, EventFact, Participant } from '../model/index.js';
import type { ArticleExtraction } from '../extract/pipeline.js';

function renameEntity(e: Entity, to: Entity | undefined): Entity {
  if (!to) return e;
  return { ...e, id: to.id, kind: to.kind, name: to.name, aliases: [...new Set([...e.aliases, e.name])].filter((a) => a !== to.name).sort() };
}

function renameParticipants(participants: Participant[], into: ReadonlyMap<string, Entity>): Participant[] {
  const byKey = new Map<string, Participant>();
  for (const p of participants) {
    const entity = into.get(p.entity)?.id ?? p.entity;
    const key = `${p.role}|${entity}`;
    const had = byKey.get(key);
    byKey.set(key, had ? { ...had, evidence: [...had.evidence, ...p.evidence] } : { ...p, entity });
  }
  return [...byKey.values()];
}

export function renameEntities(x: ArticleExtraction, into: ReadonlyMap<string, Entity>): ArticleExtraction {
  if (!x.entities.some((e) => into.has(e.id))) return x;
  const entities = new Map<string, Entity>();
  for (const e of x.entities.map((e) => renameEntity(e, into.get(e.id)))) {
    const had = entities.get(e.id);
    entities.set(e.id, had ? { ...had, aliases: [...new Set([...had.aliases, ...e.aliases])].sort() } : e);
  }
  const events: EventFact[] = x.events.map((ev) => ({
    ...ev,
    participants: renameParticipants(ev.participants, into),
    place: ev.place ? (into.get(ev.place)?.id ?? ev.place) : null,
  }));
  const mentions = {
    ...x.mentions,
    entities: x.mentions.entities.map((m) => {
      const to = into.get(m.id);
      return to ? { ...m, id: to.id, kind: to.kind, name: to.name } : m;
    }),
  };
  return { ...x, mentions, entities: [...entities.values()].sort((a, b) => a.id.localeCompare(b.id)), events };
}
