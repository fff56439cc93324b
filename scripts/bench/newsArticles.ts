// Realistic article variants for the ingest benchmark (npm run bench:ingest): wire-style stories
// of 400 to 800 words about the invented world of newsWorld.ts, written from the templates of
// newsTemplates.ts with names, places and dates varied. About a dozen a day from 2031-01-05 on;
// each reports one event (a new one, or a recent one again, so several articles tell of one
// event and share its quotes), often a second, and recalls an earlier one of the same countries.
// Most carry a date header or an "Updated:" line; one in ten has no date (half of those a wire
// dateline without the year), so resolve has articles to date. Page chrome (menus, adverts,
// share buttons, related links) is mixed in. Deterministic for a given seed; no I/O.
//
//   const articles = newsArticles({ count: 5000 });  // [{ name: 'bench-00000.txt', text: 'date 2031-01-05\n...' }, ...]
import { mulberry32 } from './mulberry32.js';
import { newsWorld, shift, type Official, type WorldEvent } from './newsWorld.js';
import { background, CHROME_BOTTOM, CHROME_INSIDE, CHROME_TOP, quoted, recall, report, type Telling } from './newsTemplates.js';

export interface NewsArticle {
  name: string;
  text: string;
  /** The day it was written (whether or not the text says so). */
  day: string;
}

export interface NewsArticleOptions {
  count: number;
  /** Index of the first article (articles are numbered on from it, as if generated after the others). */
  from?: number;
  seed?: number;
  perDay?: number;
}

const DEFAULTS = { from: 0, seed: 20310105, perDay: 12 };
const START = '2031-01-05';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function newsArticles(options: NewsArticleOptions): NewsArticle[] {
  const { from, seed, perDay } = { ...DEFAULTS, ...options };
  const world = newsWorld(seed);
  const random = mulberry32(seed ^ 0x5bd1e995);
  const out: NewsArticle[] = [];
  // The world is generated from the start, so article n is the same whatever `from` is.
  for (let i = 0; i < from + options.count; i++) {
    const article = write(world, random, i, shift(START, Math.floor(i / perDay)));
    if (i >= from) out.push(article);
  }
  return out;
}

function write(world: ReturnType<typeof newsWorld>, random: () => number, index: number, day: string): NewsArticle {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const style = random();
  const undated = style >= 0.9;
  const main = world.eventNear(day, random);
  let second = world.eventNear(day, random);
  if (second.id === main.id) second = world.eventNear(day, random);
  const earlier = world.earlierOf(main, random);

  const seen = new Set<Official>();
  const named = (o: Official): string => {
    if (seen.has(o)) return o.surname;
    seen.add(o);
    return `${o.country.demonym} ${o.title} ${o.name}`;
  };
  const telling = (e: WorldEvent): Telling => {
    const tense = e.cancelled && day >= e.announced && (e.day > day || random() < 0.7) ? 'off' : e.day > day ? 'plan' : 'past';
    return { when: dateWords(e.day, day, undated, random), tense, named };
  };

  const paragraphs: string[] = [];
  const place = (main.city ?? main.a.country.capital).toUpperCase();
  const lead = report(main, telling(main));
  paragraphs.push(random() < 0.5 ? `${place}, ${monthDay(day)} (Wire Service) - ${lead}` : lead);
  paragraphs.push(...quoted(main, named, pick([[0, 1], [1, 2], [0, 1, 2]])));
  if (earlier) paragraphs.push(recall(earlier, { when: dateWords(earlier.day, day, undated, random), tense: 'past', named }));
  paragraphs.push(pick(CHROME_INSIDE));
  if (random() < 0.7) paragraphs.push(`In a separate development, ${lowerFirst(report(second, telling(second)))}`);
  const filler = shuffled(background(main, random), random);
  const target = 400 + Math.floor(random() * 400);
  while (words(paragraphs) < target && filler.length > 0) {
    paragraphs.push(filler.pop() as string);
    if (random() < 0.15) paragraphs.push(pick(CHROME_INSIDE));
  }
  paragraphs.push(`Reporting by ${pick(['Ana Ribeiro', 'Tom Kessler', 'Yuki Sato', 'Omar Farouk', 'Clara Jensen'])}; Editing by ${pick(['Mark Heller', 'Sara Lind', 'Paul Grant'])}`);

  const title = `${main.a.country.name} and ${main.b.country.name}: ${main.kind.toLowerCase()} ${main.city ? `in ${main.city}` : `over ${main.topic}`}`;
  const header = undated ? '' : style < 0.6 ? `date ${day}\n` : '';
  const dateline = !undated && style >= 0.6 ? `Updated: ${WEEKDAYS[weekday(day)]}, ${monthDay(day)}, ${day.slice(0, 4)} 10:${String(10 + (index % 50)).padStart(2, '0')} AM GMT\n\n` : '';
  // At most three chrome lines above the title, so an "Updated:" line stays among the first lines.
  const top = CHROME_TOP.filter(() => random() < 0.5).slice(0, 3).join('\n');
  const bottom = CHROME_BOTTOM.filter(() => random() < 0.6).join('\n');
  const text = `${header}${top}\n\n${title}\n\n${dateline}${paragraphs.join('\n\n')}\n\n${bottom}\n`;
  return { name: `bench-${String(index).padStart(5, '0')}.txt`, text, day };
}

/** How an article written on `today` dates an event of `day`. */
function dateWords(day: string, today: string, undated: boolean, random: () => number): string {
  const ago = (Date.parse(today) - Date.parse(day)) / 86_400_000;
  if (ago >= 1 && ago <= 5 && random() < 0.6) return `on ${WEEKDAYS[weekday(day)]}`;
  if (ago < 0 && ago >= -6 && random() < 0.3) return 'next week';
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  return undated || (sameYear && random() < 0.8) ? `on ${monthDay(day)}` : `on ${monthDay(day)}, ${day.slice(0, 4)}`;
}

function monthDay(day: string): string {
  return `${MONTHS[Number(day.slice(5, 7)) - 1]} ${Number(day.slice(8, 10))}`;
}

function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

function words(paragraphs: string[]): number {
  return paragraphs.reduce((n, p) => n + p.split(/\s+/).length, 0);
}

function shuffled<T>(xs: T[], random: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function lowerFirst(s: string): string {
  return /^(?:The|A|Negotiators)\b/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
