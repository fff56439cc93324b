// timeline: the events of an entity ordered by date (undated last), those it took part in or, for a
// place, those held there; from/to (partial ISO dates allowed) keep the events overlapping the window.
//
//   timeline(ctx, { entity: 'Moon', from: '2018', to: '2018' }) -> the 2018 events Moon took part in
import type { EventFact } from '../model/index.js';
import type { ApiContext } from './apiContext.js';
import { allPages } from '../store/allPages.js';
import type { QueryTimelineArgs } from './generated/resolvers-types.js';
import { requireEntity } from './requireEntity.js';
import { dateWindow } from './timeWindow.js';

export async function timeline(ctx: ApiContext, args: QueryTimelineArgs): Promise<EventFact[]> {
  const entity = await requireEntity(ctx.store, args.entity);
  const window = dateWindow(args.from, args.to);
  return allPages((page) =>
    ctx.store.events({
      ...page,
      ...(entity.kind === 'PLACE' ? { place: entity.id } : { participants: [entity.id] }),
      ...(window.start === null ? {} : { from: window.start }),
      ...(window.end === null ? {} : { to: window.end }),
    }),
  );
}
