// Fields of an EventMention (schema.graphql): its trigger's words, its parties and place as
// entities (batched through the request's loaders), its evidence with the trigger's span, and the
// event it refers to, linked when read (mentionEvent.ts).
import type { EventMention } from '../model/index.js';
import type { ApiContext } from './apiContext.js';
import type { EventMentionResolvers } from './generated/resolvers-types.js';
import { mentionEvent } from './mentionEvent.js';

async function entityOf(ctx: ApiContext, id: string) {
  const entity = await ctx.entities.load(id);
  if (!entity) throw new Error(`Mention party ${id} is no entity of the store`);
  return entity;
}

export const mentionFields: EventMentionResolvers = {
  trigger: (m) => m.trigger.text,
  participants: (m, _args, ctx) => Promise.all(m.participants.map(async (p) => ({ role: p.role, entity: await entityOf(ctx, p.entity) }))),
  place: (m, _args, ctx) => (m.place ? ctx.entities.load(m.place) : null),
  evidence: (m: EventMention) => ({ ...m.evidence, start: m.trigger.start, end: m.trigger.end }),
  event: (m, _args, ctx) => mentionEvent(ctx, m),
};
