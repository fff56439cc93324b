// What a sentence says was done with the sanctions a trigger names, and whether it was done: the
// action ("imposed", "maintained", "eased", "lifted") and whether it is only planned. A verb that
// takes measures away, governing the trigger, makes a lift ("lifted sanctions on Iran", "rescinded
// Cuba's designation as a state sponsor of terrorism", "removed Sudan from the list of state
// sponsors of terrorism", "took Cuba off the list of", "reopened its airspace to Qatar"); "ease",
// "relax", "loosen" an easing.
// Its tense and modality give the status: "will lift", "agreed to lift", "the decision to remove"
// are planned; "refused to lift", "did not lift", "linked lifting sanctions to the ceasefire" keep
// the sanctions in force (maintained, no lift);
// a lift demanded or offered in exchange ("urged Washington to lift", "in return for lifting")
// is talk, no event (null), as is relief named by a noun ("sanctions relief", "the lifting of")
// and a threat ("threatened Chile with sanctions", "warned of new sanctions"); a measure refused
// ("declined to halt arms sales", "refused to impose sanctions") is none either. A white list of
// favoured partners works the other way round: taken off one is a measure imposed, put on one an easing.
// A party that stands on a sanctions list ("remains on the terror list", "the list includes X") is told of no act.
// Reads the trigger's clause (verb, tense, mood, negation, governing verbs) when the clause layer
// has it, else the words before the trigger. Hand-written rules.
// Example: "Norway agreed to lift sanctions on Chile" -> { action: 'lifted', planned: true }.
import type { Span } from '../../model/index.js';
import { UNDOING } from './restrictiveMeasures.js';
import type { Site } from './triggerSite.js';

export type SanctionActionWord = 'imposed' | 'maintained' | 'eased' | 'lifted';

export interface SanctionMove {
  action: SanctionActionWord;
  /** Told as future, intended or decided, not yet done. */
  planned: boolean;
}

const LIFTING = new Set(['lift', 'remove', 'rescind', 'end', 'drop', 'waive', 'scrap', 'reopen', 'restore', 'delist', 'revoke', 'unfreeze', 'repeal', 'terminate']);
const EASING = new Set(['ease', 'relax', 'loosen', 'soften', 'suspend']);
/** Governing verbs that keep a lift from happening: "refused to lift", "declined to ease". */
const REFUSING = new Set(['refuse', 'reject', 'decline', 'resist', 'oppose', 'rule']);
/** Governing verbs of a demand or an offer: the lift is asked for, not done ("urged Washington to lift"). */
const ASKING = new Set(['ask', 'urge', 'call', 'demand', 'press', 'push', 'want', 'seek', 'insist', 'beg', 'appeal', 'offer', 'consider', 'discuss', 'weigh', 'threaten', 'hope']);
/** Governing verbs that make a lift wait on a condition: "link lifting sanctions to the ceasefire". */
const LINKING = new Set(['link', 'tie', 'condition', 'make']);
const LINKED_BEFORE = /\b(?:link|tie|tying|condition)\w*\s+(?:the\s+)?$/i;
/** Governing verbs that make a lift a plan: "agreed to lift", "decided to remove". */
const INTENDING = new Set(['agree', 'plan', 'decide', 'intend', 'prepare', 'promise', 'pledge', 'vow', 'expect', 'aim', 'move', 'begin', 'start']);

const UNDO_WORD = String.raw`(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|relax(?:es|ed|ing)?|loosen(?:s|ed|ing)?|remov(?:e|es|ed|ing)|rescind(?:s|ed|ing)?|revok(?:e|es|ed|ing)|repeal(?:s|ed|ing)?|scrap(?:s|ped|ping)?|end(?:s|ed|ing)?|drop(?:s|ped|ping)?|waiv(?:e|es|ed|ing)|delist(?:s|ed|ing)?|unfr(?:eeze|eezes|oze|eezing)|terminat(?:e|es|ed|ing))`;
/** The undoing verb before the trigger, within its clause: "lifted nuclear-related sanctions", "removed Cuba from the list of". */
const UNDO_BEFORE = new RegExp(String.raw`\b(${UNDO_WORD})\s+(?:[\p{L}\d’'-]+\s+){0,6}$|\b(tak(?:e|es|en|ing)|took)\s+(?:[\p{L}’'.-]+\s+){1,5}?off\s+(?:[\p{L}\d’'.-]+\s+){0,6}$`, 'iu');
/** A gerund after a preposition or article names the undoing, it does not tell it: "the lifting of", "in return for easing", "talks aimed at restoring". */
const NOUN_CONTEXT = /\b(?:the|a|of|for|on|about|over|by|in|at|toward|towards|without|after|before)\s+$/i;
const REFUSED_BEFORE = /\b(?:refus\w*|reject\w*|declin\w*|won['’]t|will\s+not|would\s+not|did\s+not|didn['’]t|does\s+not|doesn['’]t|do\s+not|don['’]t|not|never|no\s+plans?\s+to|resist\w*|oppos\w*)\s+(?:to\s+)?(?:(?:immediately|yet|fully|quickly)\s+)?$/i;
const ASKED_BEFORE = /\b(?:ask\w*|urg\w*|call\w*|demand\w*|press\w*|push\w*|want\w*|seek\w*|sought|insist\w*|offer\w*|consider\w*|discuss\w*|threat\w*|hop\w*|(?:in\s+)?(?:return|exchange)\s+for|condition\w*\s+on)\s+(?:[\p{L}’'.-]+\s+){0,4}?(?:to\s+)?$/iu;
/** A lift told as to come: "will lift", "is set to ease", "agreed to lift", "the decision to remove". */
const PLANNED_BEFORE = /\b(?:(?:will|would|shall|could|may|might)\s+|(?:(?:is|are|was|were)\s+(?:set|due|expected|going|poised|about)|(?:agree|decide|plan|intend|prepare|promise|pledge|vow|move|aim|expect)(?:s|d|ed|ing)?|(?:decision|plans?|intent(?:ion)?|move|bid|agreement|deal|commitment))\s+(?:[\p{L}\d’'-]+\s+){0,4}?to\s+)(?:(?:soon|also|gradually|eventually|then|now|formally|officially)\s+)?$/iu;
/** An infinitive that no plan governs ("efforts to lift", "a way to ease"): talk of a lift, no event. */
const BARE_INFINITIVE = /\bto\s+(?:(?:soon|also|gradually|eventually|then|now|formally|officially)\s+)?$/i;
/** "the end of a three-year blockade", "the lifting of all sanctions on": the undoing as a noun, before the trigger in its clause. */
const RELIEF_NOUN_BEFORE = /\b(?:end|ending|lifting|easing|removal|relaxation|suspension|repeal|rescission)\s+of\s+[^.;:]{0,60}$/i;
/** The trigger as subject of a passive undoing, "sanctions against Iran were lifted" (read off the words: the clause layer may not see the passive in a quote), within its clause ("added X to its list after China lifted its hold" is no lift). */
const PASSIVE_AFTER = /^(?:\s+(?!(?:after|before|when|since|because|while|until|once|if|as|although|though|that|which|who)\b)[\p{L}’'-]+){0,6}?\s+(?:(?:are|is|were|was|have\s+been|has\s+been|had\s+been)\s+)?(?:(?:officially|formally|now|finally)\s+)?(lifted|removed|eased|relaxed|rescinded|revoked|waived|scrapped|dropped)\b/iu;
/** "threatened Chile with sanctions", "warned of sanctions", "the threat of new sanctions": a threat is no sanction. */
const THREAT = /\b(?:threat\w*|warn\w*)\s+(?:[\p{L}’'.-]+\s+){0,4}?(?:with|of|to\s+(?:impose|slap|put))\s+(?:[\p{L}-]+\s+){0,3}$/iu;
const IMPOSING_REFUSED = /\b(?:refus\w*|reject\w*|declin\w*|won['’]t|will\s+not|would\s+not|did\s+not|didn['’]t|has\s+not|have\s+not|hasn['’]t|haven['’]t|never|no\s+plans?\s+to)\s+(?:(?:so\s+far|yet)\s+)?(?:to\s+)?(?:(?:impose|slap|put|place|adopt|approve|back|join)\s+(?:any\s+|new\s+|further\s+|its\s+own\s+)?)?$/i;
/** Lists of favoured partners, and the verbs that take a partner off one or put it on. */
const FAVOURED_LIST = /^white[\s-]?lists?$/i;
const WITHDRAWING = new Set(['remove', 'drop', 'delete', 'strike', 'exclude', 'take', 'expel', 'downgrade']);
const ADMITTING = new Set(['add', 'put', 'place', 'restore', 'return', 'readmit', 'include']);
const WITHDRAW_BEFORE = /\b(?:remov|drop|delet|struck|strik|exclud|took|tak(?:e|es|en|ing)\b)\w*\s+(?:[\p{L}\d’'.-]+\s+){0,6}(?:from|off)\s+(?:[\p{L}\d’'.-]+\s+){0,3}$/iu;
const ADMIT_BEFORE = /\b(?:add|put|plac|restor|return|readmit|includ)\w*\s+(?:[\p{L}\d’'.-]+\s+){0,6}(?:to|on|onto|in)\s+(?:[\p{L}\d’'.-]+\s+){0,3}$/iu;
/** Sanctions lists by name: "the entity list", "a blacklist", "the list of state sponsors of terrorism", "the terror list". */
const A_LIST = /\blist\b|^blacklists?$|^state\s+sponsors?\s+of\s+terrorism$/i;
/** A party standing on a list, no act: "Chile remains on the list of", "countries that are on the terror list". */
const ON_LIST_BEFORE = /\b(?:is|are|was|were|be|been|being|remains?|remained|remaining|stays?|stayed)\s+(?:still\s+)?(?:on|in)\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?:[\p{L}.’'-]+\s+){0,3}?(?:list\s+of\s+)?$/iu;
/** A list as the subject of what it holds: "the list includes Chile", "the list of terrorists contains". */
const LIST_HOLDS_AFTER = /^\s+(?:list\s+)?(?:includes?|included|comprises?|comprised|contains?|contained)\b/i;
const MAINTAINING = /\b(?:maintain\w*|remain\w* in place|persist\w*|keep\w*|kept|extend\w*|prolong\w*|renew\w*|roll\w* over)\b/i;

export function sanctionMove(text: string, trigger: Span, sentence: Span, site: Site | null): SanctionMove | null {
  const before = text.slice(sentence.start, trigger.start).split(/[;:]|,\s+(?:and|but|while|as)\s|\s[—–]\s/).pop()!;
  if (FAVOURED_LIST.test(trigger.text)) return favouredListMove(site, before);
  // "Chile remains on the terror list", "the list includes Chile": a standing on a list, told of no act.
  if (A_LIST.test(trigger.text) && (ON_LIST_BEFORE.test(before) || LIST_HOLDS_AFTER.test(text.slice(trigger.end, trigger.end + 20)))) return null;
  const lifted = (word: string): SanctionActionWord => (EASING.has(word) || /^(?:eas|relax|loosen|soften)/i.test(word) ? 'eased' : 'lifted');
  // "the end of the blockade", "the lifting of sanctions": an undoing named by a noun is talk of it, no event.
  if (RELIEF_NOUN_BEFORE.test(before)) return null;
  // "demands ranging from closing a base to cutting ties with Iran": a measure named by a gerund after a preposition is no act.
  if (/^\S+ing\b/i.test(trigger.text) && /\b(?:from|to|of|for|by|about|on|without)\s+$/i.test(before)) return null;
  // "reopened its airspace to Qatar", "restored ties with Qatar": a phrase trigger that undoes a measure.
  if (UNDOING.test(trigger.text)) return moveOf(site, before, trigger.text.split(/\s/)[0]!, 'lifted');
  if (THREAT.test(before) || governing(site).includes('threaten')) return null;
  // "sanctions relief", "sanctions waivers": relief told as a thing, not done.
  if (/^\s+(?:relief|easing|exemptions?|waivers?)\b/i.test(text.slice(trigger.end, trigger.end + 14))) return null;
  const verb = site?.clause.verb;
  // "lifted sanctions on Iran" (the trigger as object), "sanctions on Iran were lifted" (as the subject of a passive).
  const governed = site && (site.role === 'object' || site.role === 'prep' || (site.role === 'subject' && verb?.passive));
  const clauseUndo = verb && governed && (LIFTING.has(verb.lemma) || EASING.has(verb.lemma)) ? verb : null;
  if (clauseUndo) {
    const head = site!.sentence.tokens[clauseUndo.head]!;
    return moveOf(site, text.slice(sentence.start, head.start), head.text, lifted(clauseUndo.lemma));
  }
  const undo = UNDO_BEFORE.exec(before);
  if (undo) {
    const word = undo[1] ?? undo[2]!;
    return moveOf(null, before.slice(0, undo.index), word, lifted(word));
  }
  const passive = PASSIVE_AFTER.exec(text.slice(trigger.end, sentence.end));
  if (passive) return moveOf(null, before, passive[1]!, lifted(passive[1]!));
  // "declined to halt arms sales", "refused to impose sanctions": a measure not taken is no event.
  if (IMPOSING_REFUSED.test(before) || governing(site).some((w) => REFUSING.has(w))) return null;
  const maintained = MAINTAINING.test(before) || MAINTAINING.test(text.slice(trigger.end, Math.min(sentence.end, trigger.end + 40)));
  return { action: maintained ? 'maintained' : 'imposed', planned: false };
}

/**
 * A list of favoured partners (a white list) turns the polarity round: "removed Chile from its white list"
 * takes a privilege away, a measure imposed; "added Chile to its white list" eases. A list only named
 * ("its white list of trusted partners") is no act.
 */
function favouredListMove(site: Site | null, before: string): SanctionMove | null {
  const verb = site?.clause.verb;
  const lemma = verb && (site.role === 'prep' || site.role === 'object') ? verb.lemma : null;
  const off = lemma ? WITHDRAWING.has(lemma) : WITHDRAW_BEFORE.test(before);
  const on = lemma ? ADMITTING.has(lemma) : ADMIT_BEFORE.test(before);
  if (!off && !on) return null;
  const move = moveOf(site, before, lemma ?? '', off ? 'imposed' : 'eased');
  // "refused to remove Chile from its white list" keeps the privilege: no measure either way.
  return move && move.action === 'maintained' ? null : move;
}

/** The status of an undoing verb `word` told after `lead`: refused, asked for, planned, done, or only named. */
function moveOf(site: Site | null, lead: string, word: string, action: SanctionActionWord): SanctionMove | null {
  const verb = site?.clause.verb ?? null;
  const governors = governing(site);
  const governs = (set: Set<string>) => governors.some((w) => set.has(w));
  // "agreed to link lifting sanctions to the ceasefire", "tied the easing to reforms": a lift made to wait on a condition keeps them in force.
  if (action !== 'imposed' && (governs(LINKING) || LINKED_BEFORE.test(lead))) return { action: 'maintained', planned: false };
  if (governs(ASKING) || ASKED_BEFORE.test(lead)) return null;
  // "once the sanctions are lifted", "if Washington eases them": a condition, not a fact.
  if (site?.clause.kind === 'adverbial' && /^(?:if|unless|once|until|after|when|before)$/.test(site.clause.marker ?? '') && site.clause.verb?.tense !== 'past') return null;
  if (verb?.negated || governs(REFUSING) || REFUSED_BEFORE.test(lead)) return { action: 'maintained', planned: false };
  if (verb ? verb.tense === 'future' || verb.mood === 'modal' || verb.mood === 'conditional' || governs(INTENDING) : false) return { action, planned: true };
  if (PLANNED_BEFORE.test(lead)) return { action, planned: true };
  if (verb?.mood === 'infinitive' || BARE_INFINITIVE.test(lead) || (/ing$/i.test(word) && NOUN_CONTEXT.test(lead))) return null;
  return { action, planned: false };
}

/** Verbs of a side's decision: "agreed to impose", "decided to impose", "voted to impose". */
const DECIDING = new Set(['agree', 'decide', 'vote']);

/**
 * "The EU agreed yesterday to impose sanctions on X", "ministers have decided to impose": a decision to
 * impose, told as done, is the measure taken (its day is the decision's: announcedDay). A lift agreed
 * still waits on a step to come, so moveOf keeps it planned; "will agree to impose" is a plan too.
 */
export function decidedToImpose(site: Site | null): boolean {
  const verb = site?.clause.verb;
  if (!site || !verb || verb.lemma !== 'impose' || site.role !== 'object') return false;
  const parent = site.clause.marker === 'to' && site.clause.parent !== null ? (site.sentence.clauses[site.clause.parent]?.verb ?? null) : null;
  const decider = parent && DECIDING.has(parent.lemma) ? parent : !parent && verb.governors.some((w) => DECIDING.has(w)) ? verb : null;
  return decider !== null && (decider.tense === 'past' || decider.perfect) && decider.mood === 'realis' && !decider.negated;
}

/** The verbs that govern the trigger's clause: its verb group's ("agreed to lift") and, for an infinitive clause, its parent's verb ("agreed on Monday to lift"). */
function governing(site: Site | null): string[] {
  if (!site) return [];
  const parent = site.clause.parent !== null && site.clause.marker === 'to' ? site.sentence.clauses[site.clause.parent]?.verb : null;
  return [...(site.clause.verb?.governors ?? []), ...(parent ? [parent.lemma] : [])];
}
