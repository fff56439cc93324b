// betweenSummits: the summits of a person (not CANCELLED, dated, by earliest day), optionally only
// those shared with another entity, and for each pair of consecutive summits the encounters of the
// person strictly between them (the two summits themselves left out). When the last summit has
// OCCURRED, a last open gap (before: null) runs from the day after it; a PLANNED (or POSTPONED)
// last summit closes the previous gap instead. Summits and encounters alike only in the wanted
// media (in person by default: a virtual summit frames no gap, a call is no encounter).
//
//   betweenSummits(ctx, { person: 'Kim Jong Un', with: 'Trump' })
//     -> [{ after: Singapore, before: Hanoi, encounters: [...] }, { after: Hanoi, before: null, ... }]
import type { EventFact } from '../model/index.js';
import type { ApiContext } from './apiContext.js';
import { encounterEvents, encountersAmong, IN_PERSON } from './encounters.js';
import { metBy } from './eventMedium.js';
import type { QueryBetweenSummitsArgs } from './generated/resolvers-types.js';
import { dayAfter, dayBefore } from './interval.js';
import { requireEntity } from './requireEntity.js';
import type { SummitGap } from './summitGap.js';

export async function betweenSummits(ctx: ApiContext, args: QueryBetweenSummitsArgs): Promise<SummitGap[]> {
  const person = await requireEntity(ctx.store, args.person, 'PERSON');
  const partner = args.with ? await requireEntity(ctx.store, args.with) : null;
  const wanted = args.certainty ?? 'DEFINITE';
  // One store scan: the summits are among the person's possible encounters (same kinds and statuses).
  const media = args.media ?? IN_PERSON;
  const events = (await encounterEvents(ctx, person.id)).filter((e) => metBy(e, media));
  const summits = events
    .filter((e) => e.kind === 'SUMMIT')
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
    gaps.push({ after, before, encounters: await encountersAmong(ctx, person.id, events, { start, end }, wanted, exclude) });
  }
  return gaps;
}
