// betweenSummits: the summits of a person (not CANCELLED, dated, by earliest day), optionally only
// those shared with another entity, and for each pair of consecutive summits the encounters of the
// person strictly between them (the two summits themselves left out). When the last summit has
// OCCURRED, a last open gap (before: null) runs from the day after it; a PLANNED (or POSTPONED)
// last summit closes the previous gap instead.
//
//   betweenSummits(ctx, { person: 'Kim Jong Un', with: 'Trump' })
//     -> [{ after: Singapore, before: Hanoi, encounters: [...] }, { after: Hanoi, before: null, ... }]
import type { EventFact } from '../model/index.js';
import type { ApiContext } from './apiContext.js';
import { allEvents } from './allEvents.js';
import { encountersOf, type Encounter } from './encounters.js';
import { dayAfter, dayBefore, type Certainty } from './interval.js';
import { requireEntity } from './requireEntity.js';

export interface SummitGap {
  after: EventFact;
  before: EventFact | null;
  encounters: Encounter[];
}

export interface BetweenSummitsArgs {
  person: string;
  with?: string | null;
  certainty?: Certainty | null;
}

export async function betweenSummits(ctx: ApiContext, args: BetweenSummitsArgs): Promise<SummitGap[]> {
  const person = await requireEntity(ctx.store, args.person, 'PERSON');
  const partner = args.with ? await requireEntity(ctx.store, args.with) : null;
  const wanted = args.certainty ?? 'DEFINITE';
  const summits = (await allEvents(ctx.store, { kinds: ['SUMMIT'], participants: [person.id], status: ['PLANNED', 'OCCURRED', 'POSTPONED'] }))
    .filter((e) => e.when?.earliest !== null && e.when?.earliest !== undefined)
    .filter((e) => partner === null || e.participants.some((p) => p.entity === partner.id));

  const pairs: [EventFact, EventFact | null][] = [];
  for (let i = 0; i + 1 < summits.length; i++) pairs.push([summits[i] as EventFact, summits[i + 1] as EventFact]);
  const last = summits[summits.length - 1];
  if (last && last.status === 'OCCURRED') pairs.push([last, null]);

  const gaps: SummitGap[] = [];
  for (const [after, before] of pairs) {
    const start = dayAfter((after.when?.latest ?? after.when?.earliest) as string);
    const end = before ? dayBefore(before.when?.earliest as string) : null;
    const exclude = new Set([after.id, ...(before ? [before.id] : [])]);
    gaps.push({ after, before, encounters: await encountersOf(ctx, person.id, { start, end }, wanted, exclude) });
  }
  return gaps;
}
