// How the parties of an event met, as the API shows it: a call's PHONE or VIDEO, IN_PERSON for any
// other summit, meeting, talks or visit, null for events that are no meetings (letters, sanctions...).
//
//   eventMedium({ kind: 'MEETING', medium: 'PHONE', ... }) -> 'PHONE'
//   eventMedium({ kind: 'SUMMIT', ... })                   -> 'IN_PERSON'
//   eventMedium({ kind: 'LETTER', ... })                   -> null
import type { EventFact, EventMedium } from '../model/index.js';
import { MEETING_KINDS } from '../store/edgesOf.js';

export function eventMedium(event: Pick<EventFact, 'kind' | 'medium'>): EventMedium | null {
  if (!MEETING_KINDS.includes(event.kind)) return null;
  return event.medium ?? 'IN_PERSON';
}

/** Whether an encounter event met in one of the wanted media (a call counts only when PHONE or VIDEO is asked for). */
export function metBy(event: Pick<EventFact, 'kind' | 'medium'>, media: readonly EventMedium[]): boolean {
  return media.includes(eventMedium(event) ?? 'IN_PERSON');
}
