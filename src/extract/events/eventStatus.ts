// The status words around a trigger give: "called off" CANCELLED, "postponed" POSTPONED,
// "plan to hold", "will", "agreed to hold", "is coming", "talks are expected next month", "talks could resume", "another summit", "are preparing (for) a
// summit" (present tense of a verb of preparing: the summit is still ahead), "were flying to X" (motion
// toward a place in the progressive: on the way, not yet there) PLANNED; anything else
// in past narration ("met", "collapsed", "the summit breakdown") OCCURRED. Looks only inside
// the trigger's clause, so "Moon said Trump will..." does not make an earlier clause future. A delay
// or cancellation asked for ("asked Tusk to delay Brexit", "requesting a delay") is no fact.
import type { EventStatus } from '../../model/index.js';
import { headlineFuture } from '../time/headlineFuture.js';

const CANCELLED = /\b(?:call(?:ed|s|ing)? off|cancel(?:l?ed|s|ling|l?ation)?|scrap(?:ped|s)?|scuttled)\b/i;
const POSTPONED = /\b(?:postpone[ds]?|postponing|delay(?:ed|s)?|put off|pushed back)\b/i;
const FUTURE_CLAUSE = /\b(?:will|would|shall|won't|plan(?:s|ning)?\s+to|agree[ds]?\s+to|(?:is|are)\s+(?:to|expected\s+to|set\s+to|due\s+to|scheduled\s+to|going\s+to))\s/i;
const FUTURE_BEFORE = /\b(?:plan(?:s|ned|ning)?\s+to|to\s+(?:hold|arrange|set up|organi[sz]e|have|host|visit|meet|prepare)|agree[ds]?\s+to|(?:is|are|was|were)\s+(?:to|expected\s+to|set\s+to|due\s+to|scheduled\s+to|likely\s+to|going\s+to)|(?:prepar|arrang|organi[sz])(?:e|es|ing)(?:\s+for)?|seek(?:s|ing)?|another|new|next|future|planned|proposed|upcoming|(?:remains?\s+|is\s+|are\s+)?committed\s+to|commitment\s+to|willing(?:ness)?\s+to|ready\s+(?:for|to)|push(?:es|ed|ing)?\s+for|hopes?\s+(?:for|to)|calls?\s+for|proposal\s+for|invitation\s+(?:to|for))\s+(?:[\p{L}\d-]+\s+){0,4}$/iu;
const FUTURE_AFTER = /^\s*(?:is|are)\s+(?:coming|expected|planned|scheduled|set|likely|possible|on the horizon)\b|^\s+2\.0\b|^\s+(?:[\p{L}-]+\s+){0,2}?(?:set|scheduled|slated|planned|due)\s+(?:for|on|to)\b/iu;
/** "to visit", "an invitation to visit", "in the coming weeks": an infinitive or a horizon is not a report. */
const INFINITIVE_BEFORE = /(?<!\b(?:went on|used|came|began|started|had|got)\s)\bto\s+$/i;
/** "the first sitting president to visit the country since 1928": an infinitive after an ordinal tells a fact, as real as its clause. */
const ORDINAL_INFINITIVE = /\b(?:first|second|third|fourth|fifth|last|only|latest)\s+(?:[\p{L}.’'-]+\s+){0,4}to\s+$/iu;
/** A past verb governing the trigger ("held talks", "had a meeting"); not the "had" of a past perfect over an infinitive ("had agreed to meet": a plan). */
const PAST_VERB_BEFORE = /\b(?:held|had(?!\s+been\b)(?!\s+(?:[\p{L}’'-]+\s+){1,2}to\s+(?:[\p{L}-]+\s+)?$)|concluded|wrapped up|attended|hosted|made|paid|began|opened|ended)\s+(?:[\p{L}’'-]+\s+){0,3}$/iu;
/** The event noun as subject of a future predicate: "his meeting with Kim would take place in Singapore", "the talks are expected to begin", "the meeting, which he expected to take place in June". */
const FUTURE_PREDICATE = /^(?:\s+[\p{L}’'.-]+,?){0,8}?\s+(?:will|would|shall|(?:(?:is|are)\s+(?:now\s+)?)?(?:set\s+to|scheduled\s+to|slated\s+to|expected\s+to|due\s+to|planned\s+to|likely\s+to)|(?:is|are)\s+(?:to|going\s+to))\s+(?:(?:now|still|likely|probably|also)\s+)?(?:be\s+held|take\s+place|happen|go\s+ahead|occur|convene|begin|start|open|resume)\b/iu;
/** The event noun as subject of a bare predicate of expectation: "a third round of talks is expected next month", "the meeting is scheduled for June". */
const EXPECTED_PREDICATE = /^(?:\s+[\p{L}’'.-]+,?){0,8}?\s+(?:is|are)\s+(?:now\s+|still\s+|also\s+)?(?:expected|planned|scheduled|slated|due|set)\b(?!\s+(?:by|as)\b)/iu;
/** ... or of a possibility: "talks could resume", "a meeting might take place". Possible, not planned by anyone told. */
const POSSIBLE_PREDICATE = /^(?:\s+[\p{L}’'.-]+,?){0,8}?\s+(?:could|may|might|can)\s+(?:(?:still|soon|yet|also)\s+)?(?:be\s+held|take\s+place|happen|go\s+ahead|occur|convene|begin|start|open|resume)\b/iu;
const POSSIBLE_BEFORE = /\b(?:possible|possibly|potential|prospective|may|might|could)\s+(?:[\p{L}\d-]+\s+){0,4}$/u;
const HORIZON = /\bin\s+the\s+(?:coming|next)\s+(?:days|weeks|months|year)\b/i;
/** "asked Tusk to delay Brexit", "requesting a delay", "calls for the talks to be postponed": a delay or cancellation asked for has not happened. */
const ASKED_FOR = /\b(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|seek(?:s|ing)?|sought|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:for|on))\s+(?:[\p{L}\d’'-]+\s+){0,5}?(?:to\s+(?:be\s+)?|for\s+)?(?:an?\s+|the\s+|further\s+)?$/iu;
/** A verb of motion toward a place in the progressive (with BE_BEFORE): the trip is under way, its arrival still ahead. */
const MOTION_UNDER_WAY = /^(?:flying|travell?ing|heading|driving|sailing)\b/i;
const BE_BEFORE = /\b(?:am|is|are|was|were|be|been)\s+(?:(?:now|already|still|reportedly|currently)\s+)?$/i;
const PAST = /\b(?:held|met|during|collapsed?|broke down|ended|fell apart|failed|failure|breakdown|setback|took place|was held|since|after the|following the)\b/i;

export function eventStatus(text: string, sentenceStart: number, start: number, end: number): { status: EventStatus; cued: boolean } {
  // "had been due to meet": a plan that once stood, which says nothing of what became of it.
  if (/\bhad\s+been\s+(?:due|scheduled|set|expected|planned|slated)\s+to\s+$/i.test(text.slice(Math.max(0, start - 40), start))) return { status: 'PLANNED', cued: false };
  const clauseStart = Math.max(sentenceStart - 1, text.lastIndexOf(';', start), text.lastIndexOf(' — ', start) + 2, start - 120);
  const before = text.slice(clauseStart + 1, start);
  const after = text.slice(end, end + 40);
  const near = text.slice(Math.max(clauseStart + 1, start - 60), end + 30);
  // "had been scheduled to meet Kim on Thursday, in his first visit": the once-standing plan governs the rest of its clause.
  if (/\bhad\s+been\s+(?:due|scheduled|set|expected|planned|slated)\s+to\s+\w+/i.test(before) && !CANCELLED.test(near) && !POSTPONED.test(near)) return { status: 'PLANNED', cued: false };
  const nearAt = Math.max(clauseStart + 1, start - 60);
  // "urged Trump to postpone the summit": the summit asked to be put off is still ahead.
  let asked = false;
  const told = (re: RegExp) => {
    const m = re.exec(near);
    if (m === null) return false;
    const at = nearAt + m.index;
    if (!ASKED_FOR.test(text.slice(Math.max(0, at - 60), at))) return true;
    asked ||= at < start && /^\s+(?:[\p{L}’'-]+\s+){0,4}$/u.test(text.slice(at + m[0].length, start));
    return false;
  };
  if (told(CANCELLED)) return { status: 'CANCELLED', cued: true };
  // "announced the postponement of Pompeo's visit": the noun puts off the event it governs, and only that one.
  if (/\bpostponements?\s+of\s+(?:[\p{L}’'.-]+\s+){0,4}$/iu.test(before)) return { status: 'POSTPONED', cued: true };
  if (told(POSTPONED)) return { status: 'POSTPONED', cued: true };
  if (asked) return { status: 'PLANNED', cued: false };
  // "Qatar's emir to attend Tuesday's summit": a headline's bare "to" announces what is ahead.
  if (headlineFuture(text, start) !== null) return { status: 'PLANNED', cued: true };
  // "were flying to Riyadh to attend the signing": on the way, not yet there; the visit is ahead of the clause's time.
  if (MOTION_UNDER_WAY.test(text.slice(start, end)) && BE_BEFORE.test(before)) return { status: 'PLANNED', cued: true };
  // An ordinal such as "third" counts as a plan only when nothing near says it already happened.
  // "after the two men held their first summit": a past verb governing the trigger outweighs a "will" earlier in the sentence.
  if (PAST_VERB_BEFORE.test(before)) return { status: 'OCCURRED', cued: true };
  const predicate = text.slice(end, end + 90).split(/[;:—()]|\.\s|,(?!\s+(?:which|that)\b)/)[0]!;
  if (FUTURE_PREDICATE.test(predicate) || EXPECTED_PREDICATE.test(predicate)) return { status: 'PLANNED', cued: true };
  if (POSSIBLE_PREDICATE.test(predicate)) return { status: 'PLANNED', cued: false };
  if (ORDINAL_INFINITIVE.test(before) && !HORIZON.test(text.slice(clauseStart + 1, end + 60))) {
    return FUTURE_CLAUSE.test(before) || FUTURE_BEFORE.test(before.replace(ORDINAL_INFINITIVE, '')) ? { status: 'PLANNED', cued: true } : { status: 'OCCURRED', cued: false };
  }
  if (INFINITIVE_BEFORE.test(before) || HORIZON.test(text.slice(clauseStart + 1, end + 60))) return { status: 'PLANNED', cued: true };
  // Past words after the trigger count within its clause only: "a summit with Trump, a day after the two met".
  // "their first meeting since the summit", "a summit after the talks": those words date the other event, not this one.
  const pastAfter = PAST.test(text.slice(start, end + 40).split(/[,;]|\s[—–]\s|\s(?:since|after|following)\s/)[0]!);
  // "it was still possible the summit could go ahead": a possibility, not a plan anyone stated.
  if (POSSIBLE_BEFORE.test(before) && !pastAfter) return { status: 'PLANNED', cued: false };
  if ((FUTURE_BEFORE.test(before) || FUTURE_CLAUSE.test(before) || FUTURE_AFTER.test(after)) && !pastAfter) return { status: 'PLANNED', cued: true };
  return { status: 'OCCURRED', cued: PAST.test(text.slice(Math.max(clauseStart + 1, start - 60), end + 40)) };
}
