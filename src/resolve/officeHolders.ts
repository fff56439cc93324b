// Offices a page names without their holder (officeSlot: "Tillerson met Qatar's emir") filled from
// what other pages of the same weeks say: a page that names someone with that office of that
// country ("Qatari Emir Sheikh Nasir", titleOffice) files the person under O:<country>|<office>|<month>
// (officePostings, kept in the store as resolve's postings, so a later batch finds them too). A slot
// on a page dated within a month takes the one person filed under its office for the page's month
// and the months either side; with none, several, or no date to go by, the slot is the country
// itself (a visit to "the emir" is a visit to Qatar). A learned office is never carried for longer.
// Heads of bodies the same way (bodySlot, "European Council President Ana Holm" filed under
// B:organization:european-council|head|<month>); an unfilled one is the body itself.
// Not yet order-free: a slot a stored page filled with the country is not filled again when a later
// batch names the holder (stored pages are not read again for it, as dating re-reads them).
// Example: page A (2017-07-13) "Qatari Emir Sheikh Nasir Kamal"; page B (2017-07-12) "met Qatar's emir"
//   -> B's slot person:office-qa-head-of-state is person:nasir-kamal.
import { CalendarDay } from '../model/calendarDay.js';
import type { Entity } from '../model/index.js';
import type { ArticleExtraction } from '../extract/pipeline.js';
import { gazetteer } from '../extract/entities/gazetteer.js';
import { officeSlot } from '../extract/entities/officeSlot.js';
import { titleOffice } from '../extract/entities/titleOffice.js';
import { bodyOfTitle, bodySlot } from '../extract/entities/bodyOffice.js';
import { readsOffice } from '../extract/entities/officeReadings.js';
import type { GraphStore } from '../store/graphStore.js';

/** The page's day when its publication interval is a month or less (its last day), else null. */
function pageDay(x: ArticleExtraction): string | null {
  const span = x.article.publishedAt;
  if (!span?.earliest || !span.latest) return null;
  return CalendarDay.daysBetween(span.earliest, span.latest) <= 31 ? span.latest : null;
}

function monthsAround(day: string): string[] {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return [-1, 0, 1].map((d) => {
    const k = y * 12 + (m - 1) + d;
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
  });
}

/** The keys an office is looked up under: "leader" is whoever leads, head of state or of government. */
function officeKeys(country: string, office: string, months: string[]): string[] {
  const offices = office === 'leader' ? ['leader', 'head-of-state', 'head-of-government'] : [office];
  return offices.flatMap((o) => months.map((month) => `O:${country}|${o}|${month}`));
}

/**
 * Resolve's postings for the offices a batch's dated pages name people with. A posting's keys replace
 * those its id had, so each (office and month, person) is an id of its own, "<key>#<person id>",
 * and a later page learning another month adds to the earlier ones.
 */
export function officePostings(extractions: readonly ArticleExtraction[]): { id: string; keys: string[] }[] {
  return officesNamed(extractions).flatMap(({ id, keys }) => keys.map((k) => ({ id: `${k}#${id}`, keys: [k] })));
}

function officesNamed(extractions: readonly ArticleExtraction[]): { id: string; keys: string[] }[] {
  const keys = new Map<string, Set<string>>();
  for (const x of extractions) {
    const day = pageDay(x);
    if (!day) continue;
    for (const m of x.mentions.entities) {
      if (m.kind !== 'PERSON' || !m.title || officeSlot(m.id) || bodySlot(m.id) || readsOffice(m)) continue;
      const o = titleOffice(m.title);
      const b = o?.country ? null : bodyOfTitle(m.title);
      const key = o?.country ? `O:${o.country}|${o.office}` : b ? `B:${b.body}|${b.office}` : null;
      if (!key) continue;
      keys.set(m.id, (keys.get(m.id) ?? new Set<string>()).add(`${key}|${day.slice(0, 7)}`));
    }
  }
  return [...keys].map(([id, set]) => ({ id, keys: [...set].sort() }));
}

/** Each extraction with its office slots filled: by the one holder of the weeks, else by the country. */
export async function officeHolders(extractions: readonly ArticleExtraction[], store: GraphStore): Promise<Map<ArticleExtraction, Map<string, Entity>>> {
  const out = new Map<ArticleExtraction, Map<string, Entity>>();
  const slotted = extractions.filter((x) => x.entities.some((e) => officeSlot(e.id) || bodySlot(e.id)));
  if (slotted.length === 0) return out;
  const filed = new Map<string, Set<string>>();
  for (const { id, keys } of officesNamed(extractions)) for (const k of keys) filed.set(k, (filed.get(k) ?? new Set()).add(id));
  const wanted = new Map<ArticleExtraction, Map<string, string[]>>();
  for (const x of slotted) {
    const day = pageDay(x);
    const slots = new Map<string, string[]>();
    for (const e of x.entities) {
      const slot = officeSlot(e.id);
      const body = bodySlot(e.id);
      if (slot) slots.set(e.id, day ? officeKeys(slot.country, slot.office, monthsAround(day)) : []);
      if (body) slots.set(e.id, day ? monthsAround(day).map((month) => `B:${body.body}|${body.office}|${month}`) : []);
    }
    wanted.set(x, slots);
  }
  const allKeys = [...new Set([...wanted.values()].flatMap((s) => [...s.values()].flat()))];
  const stored = allKeys.length > 0 ? await store.resolvePostings(allKeys) : new Map<string, string[]>();
  const holderIds = new Map<string, Set<string>>();
  for (const k of allKeys) holderIds.set(k, new Set([...(filed.get(k) ?? []), ...(stored.get(k) ?? []).map((posting) => posting.slice(posting.indexOf('#') + 1))]));
  const batchPeople = new Map(extractions.flatMap((x) => x.entities.filter((e) => e.kind === 'PERSON' || e.kind === 'ORGANIZATION').map((e) => [e.id, e] as const)));
  const bodies = [...wanted.values()].flatMap((s) => [...s.keys()]).flatMap((id) => bodySlot(id)?.body ?? []);
  const needed = [...new Set([...[...holderIds.values()].flatMap((s) => [...s]), ...bodies])].filter((id) => !batchPeople.has(id));
  const storedPeople = new Map((needed.length > 0 ? await store.entitiesByIds(needed) : []).map((e) => [e.id, e] as const));
  const g = gazetteer();
  for (const [x, slots] of wanted) {
    const into = new Map<string, Entity>();
    for (const [slotId, keys] of slots) {
      const ids = new Set(keys.flatMap((k) => [...(holderIds.get(k) ?? [])]));
      const person = ids.size === 1 ? (batchPeople.get([...ids][0]!) ?? storedPeople.get([...ids][0]!)) : undefined;
      const slot = officeSlot(slotId);
      const country = slot ? g.countryByCode.get(slot.country) : undefined;
      const bodyId = bodySlot(slotId)?.body;
      // A body no entity of the batch or store is: named as the page titled it ("the European Council President").
      const named = bodyId ? bodyOfTitle(x.entities.find((e) => e.id === slotId)?.name ?? '') : null;
      const body = bodyId ? (batchPeople.get(bodyId) ?? storedPeople.get(bodyId) ?? (named ? { id: bodyId, kind: 'ORGANIZATION' as const, name: named.name, aliases: [] } : undefined)) : undefined;
      const fill = person ?? (country ? { id: country.id, kind: 'COUNTRY' as const, name: country.name, aliases: [] } : body);
      if (fill) into.set(slotId, fill);
    }
    out.set(x, into);
  }
  return out;
}
