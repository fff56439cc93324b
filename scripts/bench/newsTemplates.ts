// The sentence templates of the ingest benchmark's articles (newsArticles.ts): how a wire story
// tells each kind of event (as it happens, as a plan, as a plan called off), how it recalls an
// earlier one, the background paragraphs that pad a story to its length, and the page chrome a
// scraped page carries. Written for the benchmark; every name and fact comes from newsWorld.ts.
//
//   report(event, { when: 'on Tuesday', tense: 'past' }) -> 'Foreign Minister Lena Varga met ...'
import type { Official, WorldEvent } from './newsWorld.js';

export interface Telling {
  /** The event's date as the article says it: "on Tuesday", "on May 4", "on May 4, 2031". */
  when: string;
  /** past: it happened; plan: it will; off: the plan was called off. */
  tense: 'past' | 'plan' | 'off';
  /** First mention of a person in the article gets title and full name; later ones the surname. */
  named: (o: Official) => string;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

export function ordinalWord(n: number): string {
  return ORDINALS[n - 1] ?? `${n}th`;
}

/** The lead paragraph of a report of the event. */
export function report(e: WorldEvent, t: Telling): string {
  const A = t.named(e.a);
  const B = t.named(e.b);
  const nth = e.ordinal ? `${ordinalWord(e.ordinal)} ` : '';
  switch (e.kind) {
    case 'MEETING':
      if (t.tense === 'plan') return `${A} will meet ${B} in ${e.city} ${t.when} to discuss ${e.topic}, officials in both capitals said.`;
      if (t.tense === 'off') return `A planned meeting between ${A} and ${B} in ${e.city} was called off, officials said, citing differences over ${e.topic}.`;
      return `${A} met ${B} in ${e.city} ${t.when}, and the two discussed ${e.topic} for more than two hours, according to a joint statement.`;
    case 'SUMMIT':
      if (t.tense === 'plan') return `${A} and ${B} will hold their ${nth}summit in ${e.city} ${t.when}, with ${e.topic} expected to top the agenda.`;
      if (t.tense === 'off') return `The ${nth}summit between ${A} and ${B}, planned for ${e.city}, has been cancelled, the two governments said.`;
      return `${A} and ${B} held their ${nth}summit in ${e.city} ${t.when}, pledging to work together on ${e.topic}.`;
    case 'VISIT':
      if (t.tense === 'plan') return `${A} will visit ${e.city} ${t.when} for talks with ${B} on ${e.topic}, the ministry said.`;
      if (t.tense === 'off') return `${A} called off a trip to ${e.city}, where ${B} had been due to receive the delegation, officials said.`;
      return `${A} arrived in ${e.city} ${t.when} on a visit hosted by ${B}, the first by a ${e.a.country.demonym} official of that rank in years.`;
    case 'LETTER':
      return `${A} sent a letter to ${B} ${t.when}, proposing new arrangements on ${e.topic}, according to officials who have seen it.`;
    case 'SANCTION':
      return `${e.a.country.name} imposed sanctions on ${e.b.country.name} ${t.when} over ${e.topic}, freezing the assets of several state companies.`;
    case 'TALKS':
      if (t.tense === 'plan') return `Negotiators from ${e.a.country.name} and ${e.b.country.name} will open a ${nth}round of talks in ${e.city} ${t.when}, led by ${A} and ${B}.`;
      if (t.tense === 'off') return `The ${nth}round of talks between ${e.a.country.name} and ${e.b.country.name}, due in ${e.city}, was postponed indefinitely.`;
      return `${e.a.country.name} and ${e.b.country.name} held a ${nth}round of talks in ${e.city} ${t.when}, with ${A} and ${B} leading the delegations.`;
  }
}

/** A sentence recalling an earlier event ("They last met in Rome on March 3, 2031."). */
export function recall(e: WorldEvent, t: Telling): string {
  const A = t.named(e.a);
  const B = t.named(e.b);
  switch (e.kind) {
    case 'MEETING':
      return `${A} and ${B} last met in ${e.city} ${t.when}.`;
    case 'SUMMIT':
      return `Their ${e.ordinal ? `${ordinalWord(e.ordinal)} ` : ''}summit, in ${e.city} ${t.when}, ended with a joint declaration on ${e.topic}.`;
    case 'VISIT':
      return `${A} visited ${e.city} ${t.when}, when ${B} hosted a dinner in the delegation's honour.`;
    case 'LETTER':
      return `${A} had written to ${B} ${t.when}, a letter that went unanswered for weeks.`;
    case 'SANCTION':
      return `${e.a.country.name} first imposed sanctions on ${e.b.country.name} ${t.when}.`;
    case 'TALKS':
      return `An earlier round of talks in ${e.city} ${t.when} ended without agreement.`;
  }
}

/** The quotes paragraph: who said what (the event's own quotes, so reports of it share them). */
export function quoted(e: WorldEvent, named: (o: Official) => string, which: number[]): string[] {
  return which.map((i, n) => (n % 2 === 0 ? `"${e.quotes[i]}," ${named(e.a)} told reporters.` : `"${e.quotes[i]}," ${named(e.b)} said in a statement.`));
}

/** Background paragraphs (filler of the realistic length), from the countries and topic at hand. */
export function background(e: WorldEvent, random: () => number): string[] {
  const a = e.a.country;
  const b = e.b.country;
  const pct = (lo: number, hi: number) => `${(lo + random() * (hi - lo)).toFixed(1)} percent`;
  const bn = () => `$${(1 + random() * 40).toFixed(1)} billion`;
  return [
    `Trade between ${a.name} and ${b.name} grew ${pct(2, 14)} last year to about ${bn()}, according to official figures, though analysts say the gains have been uneven and concentrated in a handful of sectors.`,
    `The dispute over ${e.topic} has simmered for years. Officials in ${a.capital} argue that earlier arrangements no longer reflect the realities of the market, while ${b.demonym} officials say any change must be negotiated step by step and approved by parliament.`,
    `Diplomats say the relationship has improved since the last elections in ${b.name}, but warn that domestic politics in both countries could still derail progress. Opposition lawmakers have accused the government of conceding too much in private.`,
    `Business groups in ${a.capital} welcomed the contacts, saying predictability was what their members needed most. The head of a chamber of commerce asked not to be named because the talks were continuing.`,
    `Economists expect growth in ${b.name} to slow to ${pct(0.5, 4)} this year, with high borrowing costs weighing on investment. The central bank has kept interest rates unchanged for three consecutive meetings of its board.`,
    `Regional governments have been watching closely. A senior diplomat from a neighbouring country said the outcome would shape a wider debate on ${e.topic} across the region over the coming years.`,
    `Human rights groups urged both governments to publish the details of any agreement, saying past deals on ${e.topic} had been negotiated behind closed doors with little public scrutiny.`,
    `Public opinion remains divided. A poll published by a ${a.demonym} newspaper found that ${pct(35, 60)} of respondents supported closer ties, while a third said the government should focus on domestic problems instead.`,
    `Shipping data showed volumes through the main ports rising in recent months, a sign, some analysts said, that companies were already positioning themselves for a possible deal on tariffs and customs procedures.`,
    `The opposition in ${a.name} has called for a parliamentary debate on the government's approach, arguing that the cabinet has not explained what it is prepared to offer in return.`,
    `Officials familiar with the preparations said working groups had met several times at a technical level to narrow differences on ${e.topic}, but that the most sensitive questions had been left to ministers.`,
    `The ${a.demonym} currency strengthened ${pct(0.1, 1.2)} against the dollar after the announcement, and shares of companies with large exposure to ${b.name} rose in early trading.`,
    `Critics say the government in ${b.capital} has little room to manoeuvre. Its coalition holds a narrow majority, and two smaller parties have threatened to walk out if it makes concessions on ${e.topic}.`,
    `Both governments have faced protests in recent months over the cost of living. In ${a.capital}, thousands marched last weekend to demand higher wages and lower energy prices, and unions have threatened further strikes.`,
    `Analysts at a research institute in ${b.capital} said a deal could add about ${bn()} to annual exports over five years, but cautioned that similar forecasts had proved too optimistic in the past.`,
    `The two countries established diplomatic relations decades ago, and their ties have weathered several crises, including a bitter dispute over fishing quotas and the expulsion of diplomats in a spying row.`,
    `Officials stressed that any agreement would have to be consistent with international law and with commitments both countries have made to their regional partners, which have asked to be kept informed.`,
    `Environmental groups warned that an expansion of ${e.topic} projects would put pressure on fragile coastal areas, and called for independent assessments before any contracts are signed.`,
    `A spokesperson for the foreign ministry in ${a.capital} declined to give details of the schedule, saying only that contacts were continuing at several levels and that the government was ready to move quickly.`,
  ];
}

/** Page chrome a scraped page carries before the story. */
export const CHROME_TOP = ['Skip to main content', 'Menu | World | Business | Markets | Politics | Video', 'Advertisement', 'Sign up for our daily briefing', 'World News'];
/** Page chrome inside and after the story. */
export const CHROME_INSIDE = ['Advertisement', 'Read more:', 'Share this article', 'Scroll to continue reading'];
export const CHROME_BOTTOM = ['Our Standards: The Trust Principles.', 'Share on Facebook | Share on X | Email', 'Related coverage', 'Most read', '© 2031 Wire Service. All rights reserved.'];
