// Asks one key question of the graph through the GraphQL API, as an analyst would, and says
// whether the answer is exactly the key's. Names are looked up with `entity` (then `search`, as
// an analyst would), key events named in a question stand for the graph events matched to them.
// Answers of days are compared one to one (one day of slack): a missing day, an extra event or
// two events for one day (a duplicate) make the answer inexact; so does an undated event.
// Example: { type: 'encounters', person: 'Putin', from: '2015-02-01', to: '2015-02-28', answer: [...] }
//   -> { exact: true } when encounters() returns exactly those people.
import { executeQuery } from '../../../src/api/executeQuery.js';
import { CalendarDay } from '../../../src/model/calendarDay.js';
import type { GraphStore } from '../../../src/store/graphStore.js';
import type { EventMatch } from './matchEvents.js';
import { nameMatches } from './nameMatches.js';
import type { DayAnswer, KeyQuestion, ViewEntity } from './realnewsTypes.js';

export interface QuestionResult {
  question: KeyQuestion;
  exact: boolean;
  /** What was wrong, for the report. */
  why: string;
}

interface DatedEvent {
  id: string;
  status: string;
  when: { earliest: string | null; latest: string | null } | null;
}

const ENTITY = 'id kind name aliases';

async function ask<T>(store: GraphStore, query: string, variables: Record<string, unknown>): Promise<T> {
  const r = await executeQuery(store, query, variables);
  if (r.errors?.length) throw new Error(r.errors.map((e) => `${e.message} (${String(e.extensions['code'])})`).join('; '));
  return r.data as T;
}

async function lookUp(store: GraphStore, name: string): Promise<ViewEntity | null> {
  const { entity } = await ask<{ entity: ViewEntity | null }>(store, `query($n: String!) { entity(name: $n) { ${ENTITY} } }`, { n: name });
  if (entity) return entity;
  const { search } = await ask<{ search: { node: Partial<ViewEntity> }[] }>(store, `query($n: String!) { search(text: $n, first: 20) { node { ... on Entity { ${ENTITY} } } } }`, { n: name });
  return (search.map((h) => h.node).find((n): n is ViewEntity => n.id !== undefined && nameMatches([name], n as ViewEntity)) ?? null) as ViewEntity | null;
}

/** One-to-one: each event within one answer's days (one day of slack), each answer taken once. */
function compareDays(events: DatedEvent[], answers: DayAnswer[]): string {
  const open = [...answers];
  const problems: string[] = [];
  for (const e of events) {
    const from = e.when?.earliest;
    const to = e.when?.latest ?? from;
    if (!from || !to) {
      problems.push(`undated event ${e.id}`);
      continue;
    }
    const i = open.findIndex((a) => from >= CalendarDay.shift(a.earliest, -1) && to <= CalendarDay.shift(a.latest, 1));
    if (i < 0) problems.push(`event ${e.id} on ${from === to ? from : `${from}..${to}`} is no answer (or a second one for its day)`);
    else open.splice(i, 1);
  }
  for (const a of open) problems.push(`no event on ${a.earliest === a.latest ? a.earliest : `${a.earliest}..${a.latest}`}`);
  return problems.join('; ');
}

const ROLE_EVENTS = `query($p: [String!], $k: [EventKind!], $after: String) {
  events(filter: { kinds: $k, participants: $p, status: [OCCURRED] }, first: 50, after: $after) {
    edges { node { id status when { earliest latest } participants { role entity { ${ENTITY} } } ... on Sanction { action } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface RoleEvent extends DatedEvent {
  participants: { role: string; entity: ViewEntity }[];
  action?: string | null;
}

async function eventsWithRoles(store: GraphStore, kind: string, first: [string, ViewEntity], second: [string, ViewEntity]): Promise<RoleEvent[]> {
  const out: RoleEvent[] = [];
  let after: string | null = null;
  for (;;) {
    type Page = { events: { edges: { node: RoleEvent }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const page: Page = await ask<Page>(store, ROLE_EVENTS, { p: [first[1].id], k: [kind], after });
    out.push(...page.events.edges.map((e) => e.node));
    if (!page.events.pageInfo.hasNextPage) break;
    after = page.events.pageInfo.endCursor;
  }
  const has = (e: RoleEvent, [role, who]: [string, ViewEntity]) => e.participants.some((p) => p.role === role && p.entity.id === who.id);
  return out.filter((e) => has(e, first) && has(e, second));
}

const SANCTION_ACTIONS: Record<string, (a: string | null | undefined) => boolean> = {
  impose: (a) => a === 'IMPOSED' || a === null || a === undefined,
  ease: (a) => a === 'EASED' || a === 'LIFTED',
  lift: (a) => a === 'LIFTED' || a === 'EASED',
  extend: (a) => a === 'MAINTAINED',
};

export async function answerQuestion(store: GraphStore, q: KeyQuestion, primary: ReadonlyMap<string, EventMatch>): Promise<QuestionResult> {
  const result = (why: string): QuestionResult => ({ question: q, exact: why === '', why });
  const need = async (name: string): Promise<ViewEntity> => {
    const e = await lookUp(store, name);
    if (!e) throw new Error(`"${name}" is no entity of the graph`);
    return e;
  };
  try {
    switch (q.type) {
      case 'status': {
        const m = primary.get(q.event);
        return result(!m ? `event ${q.event} was not found` : m.event.status === q.answer ? '' : `status ${m.event.status}, not ${q.answer}`);
      }
      case 'encounters': {
        const person = await need(q.person);
        const window: Record<string, string> = {};
        if (q.from) window['from'] = q.from;
        if (q.to) window['to'] = q.to;
        for (const [k, field] of [['after', 'afterEvent'], ['before', 'beforeEvent']] as const) {
          const ref = q[k];
          if (ref === undefined) continue;
          const m = primary.get(ref);
          if (!m) return result(`the event ${ref} that bounds the window was not found`);
          window[field] = m.event.id;
        }
        const { encounters } = await ask<{ encounters: { person: ViewEntity }[] }>(
          store,
          `query($p: String!, $w: TimeWindow) { encounters(person: $p, window: $w) { person { ${ENTITY} } } }`,
          { p: person.id, w: Object.keys(window).length ? window : null },
        );
        const people = [...new Map(encounters.map((e) => [e.person.id, e.person])).values()];
        const missing = q.answer.filter((name) => !people.some((p) => nameMatches([name], p)));
        const extra = people.filter((p) => !q.answer.some((name) => nameMatches([name], p))).map((p) => p.name);
        return result([missing.length ? `missing ${missing.join(', ')}` : '', extra.length ? `extra ${extra.join(', ')}` : ''].filter(Boolean).join('; '));
      }
      case 'meetings': {
        const person = await need(q.person);
        const other = await need(q.with);
        const { encounters } = await ask<{ encounters: { person: { id: string }; event: DatedEvent }[] }>(
          store,
          `query($p: String!) { encounters(person: $p) { person { id } event { id status when { earliest latest } } } }`,
          { p: person.id },
        );
        const events = [...new Map(encounters.filter((e) => e.person.id === other.id).map((e) => [e.event.id, e.event])).values()];
        return result(compareDays(events, q.answer));
      }
      case 'sanctions': {
        const events = await eventsWithRoles(store, 'SANCTION', ['imposer', await need(q.imposer)], ['target', await need(q.target)]);
        const fits = SANCTION_ACTIONS[q.action ?? 'impose']!;
        return result(compareDays(events.filter((e) => fits(e.action)), q.answer));
      }
      case 'letters': {
        const events = await eventsWithRoles(store, 'LETTER', ['sender', await need(q.sender)], ['recipient', await need(q.recipient)]);
        return result(compareDays(events, q.answer));
      }
    }
  } catch (error) {
    return result((error as Error).message);
  }
}
