// Edge derivation shared by every GraphStore: the relationships of the graph model (DESIGN.md,
// Graph model) that one event implies, with deterministic keys so that the memory and the Neo4j
// stores hold, and count, exactly the same edges. Pure: no store access, kinds come from kindOf.
//
//   edgesOf(hanoiSummit, kindOf) ->
//     ATTENDED person:donald-trump -> event:hanoi   key "ATTENDED|person:donald-trump|event:hanoi|participant"
//     HELD_IN  event:hanoi -> place:hanoi           key "HELD_IN|event:hanoi|place:hanoi"
//     MET      person:donald-trump -> person:kim-jong-un (ids in code-unit order), props {when, event, status}
//              (and medium PHONE or VIDEO when they met by a call: `WHERE r.medium IS NULL` keeps meetings in person)
//     SUPPORTS article:... -> event:hanoi           props {sentence, start, end, quote} of its first evidence
//
// Property values are scalars or arrays of strings only (what a Neo4j property can hold); absent
// values are left out rather than set to null. HOLDS edges come from Holding records (holdsEdge).
import type { EdgeType, EntityKind, EventFact, EventKind, EventStatus, Holding } from '../model/index.js';

export interface DerivedEdge {
  type: EdgeType;
  from: string;
  to: string;
  /** Unique per store: the same fact always yields the same key. */
  key: string;
  props: Record<string, unknown>;
}

/** Event kinds whose person participants are taken to have met each other. */
export const MEETING_KINDS: readonly EventKind[] = ['SUMMIT', 'MEETING', 'TALKS', 'VISIT'];
/** Statuses under which a meeting derives MET edges. */
export const MET_STATUSES: readonly EventStatus[] = ['OCCURRED', 'PLANNED'];

/**
 * The relationships one event implies. kindOf gives the kind of a participant entity; a
 * participant whose kind is unknown (undefined) is linked like a person/country/organization
 * but never derives MET; PLACE participants are not linked (the place is `event.place`).
 */
export function edgesOf(event: EventFact, kindOf: (id: string) => EntityKind | undefined): DerivedEdge[] {
  const edges = new Map<string, DerivedEdge>();
  const add = (edge: DerivedEdge): void => {
    if (!edges.has(edge.key)) edges.set(edge.key, edge);
  };
  const timing = timingProps(event);

  for (const participant of event.participants) {
    const kind = kindOf(participant.entity);
    if (kind === 'PLACE') continue;
    const { type, from, to } = participantLink(event, participant.entity, participant.role);
    add({
      type,
      from,
      to,
      key: `${type}|${participant.entity}|${event.id}|${participant.role}`,
      props: { role: participant.role, ...timing, confidence: event.confidence, extractor: event.extractor, sources: [...event.sources] },
    });
  }

  if (event.place !== null) {
    add({ type: 'HELD_IN', from: event.id, to: event.place, key: `HELD_IN|${event.id}|${event.place}`, props: { ...timing } });
  }

  if (MEETING_KINDS.includes(event.kind) && MET_STATUSES.includes(event.status)) {
    const people = [...new Set(event.participants.filter((p) => kindOf(p.entity) === 'PERSON').map((p) => p.entity))].sort(compareCodeUnits);
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) {
        const a = people[i] as string;
        const b = people[j] as string;
        add({
          type: 'MET',
          from: a,
          to: b,
          key: `MET|${a}|${b}|${event.id}`,
          props: { event: event.id, ...timing, confidence: event.confidence, ...(event.medium ? { medium: event.medium } : {}) },
        });
      }
    }
  }

  for (const article of new Set(event.sources)) {
    const evidence = event.evidence
      .filter((e) => e.article === article)
      .sort((x, y) => x.sentence - y.sentence || x.start - y.start)[0];
    const props: Record<string, unknown> = {};
    if (evidence) Object.assign(props, { sentence: evidence.sentence, start: evidence.start, end: evidence.end, quote: evidence.quote });
    add({ type: 'SUPPORTS', from: article, to: event.id, key: `SUPPORTS|${article}|${event.id}`, props });
  }

  return [...edges.values()];
}

/** The HOLDS edge of one Holding record: (person)-[:HOLDS {title, from, to}]->(country|organization). */
export function holdsEdge(holding: Holding): DerivedEdge {
  const props: Record<string, unknown> = { title: holding.title };
  if (holding.from !== null) props.from = holding.from;
  if (holding.to !== null) props.to = holding.to;
  return {
    type: 'HOLDS',
    from: holding.person,
    to: holding.of,
    key: `HOLDS|${holding.person}|${holding.of}|${holding.title}|${holding.from ?? ''}`,
    props,
  };
}

function participantLink(event: EventFact, entity: string, role: string): { type: EdgeType; from: string; to: string } {
  if (event.kind === 'LETTER' && role === 'sender') return { type: 'SENT', from: entity, to: event.id };
  if (event.kind === 'LETTER' && role === 'recipient') return { type: 'TO', from: event.id, to: entity };
  if (event.kind === 'SANCTION' && role === 'imposer') return { type: 'IMPOSED', from: entity, to: event.id };
  if (event.kind === 'SANCTION' && role === 'target') return { type: 'TARGETS', from: event.id, to: entity };
  return { type: 'ATTENDED', from: entity, to: event.id };
}

/** when (TIMEX3 value), earliest, latest and status of the event, leaving out what is unknown. */
function timingProps(event: EventFact): Record<string, unknown> {
  const props: Record<string, unknown> = { status: event.status };
  if (event.when) {
    props.when = event.when.value;
    if (event.when.earliest !== null) props.earliest = event.when.earliest;
    if (event.when.latest !== null) props.latest = event.when.latest;
  }
  return props;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
