// Whether a found event has the key's parties in the key's roles, and nobody else. Every key
// participant must be among the event's participants in a compatible role (the key's
// "participant" takes any of participant, host, visitor; sender, recipient, imposer, target,
// visitor and host must be exact, and a sender is not also the recipient; a visit's host may be
// its place); every participant of the event must be a key participant or an
// accepted name (the leaders' countries). Speakers, reporters and bystanders are extras.
// Example: key sender Biden, recipient Putin; event sender Biden, recipient Biden
//   -> { right: false, wrongRole: ['Vladimir Putin as recipient'], extra: [] … }
import { keyNames } from './matchEvents.js';
import { nameMatches } from './nameMatches.js';
import type { KeyEvent, KeyRole, ViewEvent } from './realnewsTypes.js';

export interface ParticipantCheck {
  right: boolean;
  /** Key participants the event lacks altogether. */
  missing: string[];
  /** Key participants present, but not in their role. */
  wrongRole: string[];
  /** Event participants the key neither requires nor accepts. */
  extra: string[];
}

function roleFits(keyRole: KeyRole, role: string): boolean {
  return keyRole === role || (keyRole === 'participant' && (role === 'host' || role === 'visitor'));
}

export function checkParticipants(key: KeyEvent, event: ViewEvent): ParticipantCheck {
  const missing: string[] = [];
  const wrongRole: string[] = [];
  for (const p of key.participants) {
    const theirs = event.participants.filter((ep) => nameMatches(keyNames(p), ep.entity));
    // A visit's host may be told as where it went: the event's place.
    const hostAsPlace = p.role === 'host' && event.place !== null && nameMatches(keyNames(p), event.place);
    if (theirs.length === 0 && hostAsPlace) continue;
    if (theirs.length === 0) missing.push(p.name);
    else if (!theirs.some((ep) => roleFits(p.role, ep.role))) wrongRole.push(`${p.name} as ${p.role} (is ${theirs.map((t) => t.role).join(', ')})`);
    else if (p.role !== 'participant') {
      const more = theirs.filter((ep) => ep.role !== p.role && ep.role !== 'participant');
      if (more.length > 0) wrongRole.push(`${p.name} also as ${more.map((t) => t.role).join(', ')}`);
    }
  }
  const extra = event.participants
    .filter((ep) => !key.participants.some((p) => nameMatches(keyNames(p), ep.entity)) && !key.accept.some((a) => nameMatches([a], ep.entity)))
    .map((ep) => `${ep.entity.name} (${ep.role})`);
  return { right: missing.length + wrongRole.length + extra.length === 0, missing, wrongRole, extra };
}
