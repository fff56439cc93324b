// Extractor: event triggers. Contract: (ctx, the article's sentences) -> TriggerMention[], the words that name an event
// ("summit", "met", "letter", "sanctions", "trip", "fired missiles") with the event kind and the
// status the words around them give (eventStatus). Generic uses are left out: "a summit or two",
// "a moratorium on missile launches", "dialogue" in general, hypotheticals ("whether they had
// meetings", "he may meet officials") and idioms ("meet each other halfway").
import type { EventKind, Span, TriggerMention } from '../../model/index.js';
import type { ExtractContext } from '../context.js';
import { DEMAND_LIST } from './demandListRoles.js';
import { eventStatus } from './eventStatus.js';
import { RESTRICTIVE_MEASURES } from './restrictiveMeasures.js';

interface TriggerRule {
  kind: EventKind;
  re: RegExp;
}

/** Hand-kept lexicon; each pattern matches the trigger words only (they become the mention span). */
export const TRIGGER_RULES: readonly TriggerRule[] = Object.freeze([
  { kind: 'SUMMIT', re: /\bsummits?\b/gi },
  { kind: 'MEETING', re: /\b(?:met|meet|meets|meeting|meetings|encounter|face-to-face(?!\s+(?:meetings?|talks|summits?)\b)|shook\s+hands|shaking\s+hands|shake\s+hands)\b|(?<=\band\s+(?:\p{Lu}[\p{L}-]+\s+){1,3}(?:then\s+|also\s+|later\s+|briefly\s+)?)talked\b/giu },
  // Meals of state are meetings: "a working dinner in Brussels", "a state dinner for Obama"; not "dinner" alone, nor "had dinner with" (whose
  // parties the participant rules split: "A and B's negotiator had dinner with C and D" gave B's negotiator and D).
  { kind: 'MEETING', re: /\b(?:[Ww]orking|[Ss]tate|[Oo]fficial)\s+(?:dinners?|lunch(?:es)?|luncheons?|breakfasts?)\b/gu },
  // Ceremonies where sides sign or welcome each other are gatherings: "the signing ceremony", "a welcoming ceremony", "a White House ceremony"; not award, opening or funeral ceremonies.
  { kind: 'MEETING', re: /\b(?:signing|peace|welcoming|welcome)\s+ceremon(?:y|ies)\b|(?<=\bWhite\s+House\s+)ceremony\b|\bceremony(?=\s+(?:at|in)\s+the\s+White\s+House\b)/gu },
  // Appearing together before the press is meeting: "a joint press conference", "a joint news briefing", "in a joint appearance",
  // "a news conference with Castro"; not a news conference alone (one side's), nor "a joint statement" (a text), nor one
  // coordinated with a gathering it closes ("held talks and a news conference with X": the talks' occasion, one event).
  { kind: 'MEETING', re: /(?<!\b(?:talks|meetings?|discussions|negotiations|summit)\s+and\s+(?:an?\s+|the\s+)?)(?:\bjoint\s+(?:(?:(?:press|news)\s+(?:conferences?|briefings?))|(?:press\s+|public\s+)?appearances?)\b|\b(?:press|news)\s+(?:conference|briefing)s?(?=\s+(?:with|alongside)\s+\p{Lu}))/gu },
  { kind: 'TALKS', re: /\b(?:(?:behind-the-scenes?|working-level|high-level|direct|face-to-face)\s+(?:(?:nuclear|denuclearization|peace|military|formal)\s+)?)?(?:talks|negotiations)\b/gi },
  // Discussions or consultations held are talks: "delegations held detailed discussions", "had consultations"; not "discussions" alone
  // ("discussions are under way on ...", "in discussions about"), which is often no gathering.
  { kind: 'TALKS', re: /(?<=\b(?:held|hold|holds|holding|had|have|has|having)\s+(?:(?!been\b)[\p{L}-]+\s+){0,3})(?:discussions|consultations)\b/giu },
  { kind: 'LETTER', re: /\bletters?\b|\b(?:wrote|writes|written|writing|write)(?=\s+(?:a\s+(?:[\p{L}-]+\s+)?(?:letter|note|message)\s+)?to\s+\p{Lu})/giu },
  // A list of demands one side hands another is a written note: "a 13-point list of demands" (demandListRoles reads its sides).
  { kind: 'LETTER', re: DEMAND_LIST },
  // Sanctions by any name: embargoes, blockades, blacklists and entity lists, export controls, asset freezes, entry bans,
  // and listing someone as a terrorist ("designated X as a global terrorist"; not "designated X as its envoy"); and white
  // lists of favoured partners, whose polarity is the other way round (sanctionMove: taken off one is a measure imposed).
  { kind: 'SANCTION', re: /\bdesignat(?:e|es|ed|ing)(?=\s+[^;:.]{1,160}?\s+as\s+(?:an?\s+)?["“‘']?(?:(?:global|international|specially\s+designated(?:\s+global)?|foreign)\s+)?terrorists?\b)|\bsanctions?\b|\bsanction(?:ed|ing)\b|\b(?:arms\s+|trade\s+|oil\s+)?embargo(?:es)?\b|\bblockade\b|\bblacklist(?:ed|ing|s)?\b|\bentity\s+list\b|\bexport\s+controls?\b|\basset\s+freezes?\b|\b(?:travel|entry|visa)\s+bans?\b|\bstate\s+sponsors?\s+of\s+terrorism\b|\bwhite[\s-]?lists?\b/gi },
  // Lists of terrorists are sanctions lists: "added X to its list of global terrorists", "dropped X from the terror list"
  // (not the state sponsors' list told by its name, which the rule above reads).
  { kind: 'SANCTION', re: /(?<!\bsponsors?\s+of\s+)\bterror(?:ist|ism)?\s+list\b|\blist\s+of\s+(?:(?:global|international|designated|foreign|specially\s+designated(?:\s+global)?)\s+)?terrorists\b/gi },
  // Restrictive measures told by a verb phrase (sanctionRoles reads imposer and target off the phrase's clause):
  // breaking ties, closing borders, halting arms sales, withdrawing trade status, barring entry; and their undoing.
  { kind: 'SANCTION', re: RESTRICTIVE_MEASURES },
  // Calls are meetings at a distance: "held a video call", "spoke by phone", "a telephone conversation".
  { kind: 'MEETING', re: /\b(?:(?:phone|telephone|video|virtual)\s+(?:calls?|conversations?|conference|talks|summit|meeting))\b|\b(?:spoke|speaks|speaking|talked|talks|talking)(?=\s+(?:(?:with|to)\s+(?:[\p{L}.'’-]+\s+){1,5})?(?:by|on\s+the|over\s+the)\s+(?:phone|telephone|video\s+link))/giu },
  // "Pompeo spoke with Foreign Minister Qureshi", "I also spoke to Pakistani Foreign Minister Qureshi": a conversation with a
  // named person (capitalised words: a title and a name), in person or at a distance; not "spoke to reporters".
  { kind: 'MEETING', re: /\b(?:spoke|talked)(?=\s+(?:with|to)\s+\p{Lu})(?!\s+(?:with|to)\s+(?:[\p{L}.'’-]+\s+){1,5}(?:by|on\s+the|over\s+the)\s+(?:phone|telephone|video))/gu },
  // "arrived in Kuwait", "arrived on July 10 in Kuwait" (a day between verb and place, kept in the trigger so the place follows it).
  { kind: 'VISIT', re: /\b(?:visit(?:s|ed|ing)?|trips?|travel(?:l?ed|s)? to|arriv(?:e|es|ed|ing)(?:\s+(?:on|late|early|later)\s+[\p{L}\d. ]{1,20}?)?\s+in|hosted|hosts|hosting)\b/giu },
  // Flights to a named place are trips: "flew to Abu Dhabi", "landed in Havana"; not "flew into a rage", "prices flew to highs".
  { kind: 'VISIT', re: /\b(?:fl(?:y|ies|ew|own|ying)(?=\s+(?:back\s+|on\s+to\s+)?to\s+(?:the\s+)?\p{Lu})|land(?:s|ed|ing)?(?=\s+in\s+(?:the\s+)?\p{Lu}))/gu },
  { kind: 'WEAPONS_TEST', re: /\b(?:fired|fires|firing|launched|launches|launching|test-fired|test-fires|test-firing|tested|tests)\s+(?:[\w-]+\s+){0,4}?(?:missiles?|rockets?|projectiles?|weapons?|ICBMs?|SLBMs?|launchers?)\b|\b(?:nuclear|missile|ICBM|SLBM|weapons?)\s+(?:tests?|launch(?:es)?)\b(?!\s+(?:site|ban|moratorium|freeze|facility|range)\b)|\b(?:missiles?|rockets?|projectiles?|ICBMs?|SLBMs?)\s+(?:was|were|had\s+been|have\s+been)\s+(?:fired|launched|test-fired)\b|\b(?:the|this|that|its|latest|recent|last)\s+launch(?:es)?\b(?!\s+(?:of|pad|site|window|date|event|party)\b)/gi },
  { kind: 'STATEMENT', re: /\b(?:statement|declaration(?!\s+of\b)|speech|communiqu[eé])s?\b|(?<=\bsigned\s+(?:an?|the|their)\s+(?:[\p{L}-]+\s+){0,2})(?:agreement|accord|pact|treaty)\b|\bsigned\s+(?:article|op-ed|editorial)\b|\bspecial\s+(?:important\s+)?report\b/giu },
]);

const GENERIC = [
  /\b(?:a|one)\s+summit\s+or\s+two\b/i,
  /\bmoratorium\s+on\s+(?:[\w-]+\s+){0,4}$/i,
  /\b(?:no|not|stop|halt|without|never|refrain from)\s+(?:[\w-]+\s+){0,4}$/i,
];
/** Hypotheticals, in the trigger's clause: "whether officials had face-to-face meetings", "he may use his trip to meet officials" (lower-case "may": not the month). */
const HYPOTHETICAL = /\b(?:[Ww]hether\s+(?:[\w.-]+\s+){0,8}|(?:may|might|could)\s+(?:[\w-]+\s+){0,10})$/;
/** Idioms: "meet each other halfway", "meet the deadline", "meet their demands". */
const IDIOM_AFTER = /^\s+(?:each\s+other\s+)?halfway\b|^\s+(?:the|their|its|his|her|our|these|those)\s+(?:[\w-]+\s+)?(?:demands?|needs?|goals?|deadlines?|expectations?|requirements?|criteria|conditions|targets?|obligations?|standards?)\b/i;

/** Talking with the press is an interview, no gathering of sides: "talks with the Herald's editorial board", "met with reporters". */
const WITH_PRESS = /^\s+(?:with|to)\s+(?:the\s+)?(?:[\p{L}.’'-]+\s+){0,4}?(?:editorial\s+boards?|editors|reporters|journalists|newsrooms?|press\s+corps)\b/iu;
/** A newsroom or a studio is no destination of a state visit: "visited the newspapers' main newsroom". */
const TO_PRESS = /^\s+(?:the\s+)?(?:[\p{L}.’'-]+\s+){0,3}?(?:newsrooms?|editorial\s+offices|studios)\b/iu;

/** Words before "travel to" that make it a noun: "restrictions on travel to", "the freedom of travel to". */
const TRAVEL_AS_NOUN = /\b(?:on|of|for|bans?|curbs|limits)\s+$/i;

export function extractTriggers(ctx: ExtractContext, sentences: Span[]): TriggerMention[] {
  const out: TriggerMention[] = [];
  const sentenceStart = (pos: number) => sentences.find((x) => x.start <= pos && pos < x.end)?.start ?? 0;
  for (const rule of TRIGGER_RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(ctx.text); m; m = rule.re.exec(ctx.text)) {
      const start = m.index;
      const end = start + m[0].length;
      const around = ctx.text.slice(Math.max(0, start - 12), end + 12);
      const clause = ctx.text.slice(Math.max(sentenceStart(start), start - 100), start).split(/[,;:]|\s[—–]\s/).pop()!;
      if (GENERIC.some((g) => g.test(clause) || g.test(around)) || HYPOTHETICAL.test(clause)) continue;
      if (rule.kind === 'MEETING' && IDIOM_AFTER.test(ctx.text.slice(end, end + 40))) continue;
      if ((rule.kind === 'MEETING' || rule.kind === 'TALKS') && WITH_PRESS.test(ctx.text.slice(end, end + 80))) continue;
      if (rule.kind === 'VISIT' && TO_PRESS.test(ctx.text.slice(end, end + 60))) continue;
      // "restrictions on travel to Cuba", "a ban on travel to": travel as a noun of policy, no one's trip.
      if (rule.kind === 'VISIT' && /^travel\s/i.test(m[0]) && TRAVEL_AS_NOUN.test(ctx.text.slice(Math.max(0, start - 20), start))) continue;
      out.push({ start, end, text: m[0], kind: rule.kind, ...eventStatus(ctx.text, sentenceStart(start), start, end), by: `events/triggers:${rule.kind.toLowerCase()}` });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
