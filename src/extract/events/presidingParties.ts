// Who presided over a gathering or headed a side at it, told as done: the subject of "chaired the
// summit", "co-chaired the talks", "presided over the meeting", "led the negotiations", and of
// "headed Bahrain's delegation at the summit" (with the country whose delegation it was) takes part
// in it, even alone. A pronoun subject ("as he headed ...") is the one the clause layer points it
// back to (subjectActor). Not a plan, a negation or a governed verb ("will chair", "did not lead",
// "agreed to chair"), and "head"/"lead" with no delegation of theirs ("headed to the summit", "the
// dispute led to talks") are no presiding.
// Example: site of "summit" in "Solberg, who chaired the summit, spoke." -> [Solberg]
import type { EntityMention } from '../../model/index.js';
import { actorIn, subjectActor } from './clauseSubject.js';
import type { Site } from './triggerSite.js';
import { uniqueById } from './uniqueById.js';

/** Verbs whose subject presides over the gathering that is their object. */
const PRESIDING = new Set(['chair', 'co-chair', 'cochair', 'head', 'lead']);
/** Verbs whose subject heads a side (their object) at or to the gathering. */
const HEADING = new Set(['head', 'lead']);
const AT = new Set(['at', 'to', 'in', 'for']);
const SIDE = /^(?:delegation|delegations|team|side|mission)$/i;
const PEOPLE = new Set(['PERSON']);
const STATES = new Set(['COUNTRY']);

export function presidingParties(site: Site | null, entities: readonly EntityMention[]): EntityMention[] {
  const v = site?.clause.verb;
  if (!site || !v || v.mood !== 'realis' || v.tense !== 'past' || v.negated || v.governors.length > 0) return [];
  const prep = site.role === 'prep' ? (site.argument?.prep ?? '') : '';
  const side = site.clause.objects.find((o) => SIDE.test(site.sentence.tokens[o.end - 1]?.text ?? ''));
  const presided = (site.role === 'object' && PRESIDING.has(v.lemma)) || (v.lemma === 'preside' && prep === 'over');
  const headed = HEADING.has(v.lemma) && AT.has(prep) && side !== undefined;
  if (!presided && !headed) return [];
  const who = subjectActor(site, entities, PEOPLE);
  if (!who) return [];
  const state = headed ? actorIn(site.sentence, side ?? null, entities, STATES) : null;
  return uniqueById(state ? [who, state] : [who]);
}
