// The fields of the concrete event types (Summit, Meeting, Talks, Letter, Sanction, Visit,
// WeaponsTest, Statement): every one has the fields of the Event interface (place, cameo, sources,
// medium: how the parties met, null for events that are no meetings);
// Letter, Sanction and Visit add their parties, each a Participant with its evidence, taken from
// the event's participants by role.
//
//   Letter.sender -> { role: 'sender', entity: 'person:donald-trump', evidence: [...] }
import type { EventFact, Participant } from '../model/index.js';
import { cameoOf } from './cameoOf.js';
import type { LetterResolvers, SanctionResolvers, SummitResolvers, VisitResolvers } from './generated/resolvers-types.js';
import { eventMedium } from './eventMedium.js';
import { sanctionAction } from './sanctionAction.js';
import { sourcesOf } from './sourcesOf.js';

/** The fields every event type shares. */
export const eventFields: Required<Pick<SummitResolvers, 'place' | 'cameo' | 'sources' | 'medium'>> = {
  place: (event, _args, ctx) => (event.place === null ? null : ctx.entities.load(event.place)),
  cameo: (event) => cameoOf(event),
  sources: (event) => sourcesOf(event),
  medium: (event) => eventMedium(event),
};

const inRole = (event: EventFact, role: string): Participant[] => event.participants.filter((p) => p.role === role);
const firstInRole = (event: EventFact, role: string): Participant | null => inRole(event, role)[0] ?? null;

export const letterFields: Required<Pick<LetterResolvers, 'sender' | 'recipients'>> = {
  sender: (event) => firstInRole(event, 'sender'),
  recipients: (event) => inRole(event, 'recipient'),
};

export const sanctionFields: Required<Pick<SanctionResolvers, 'imposer' | 'target' | 'action'>> = {
  imposer: (event) => firstInRole(event, 'imposer'),
  target: (event) => firstInRole(event, 'target'),
  action: (event) => sanctionAction(event),
};

export const visitFields: Required<Pick<VisitResolvers, 'visitor' | 'host'>> = {
  visitor: (event) => firstInRole(event, 'visitor'),
  host: (event) => firstInRole(event, 'host'),
};
