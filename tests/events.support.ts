// What the event fixtures (tests/fixtures/events/*.json) expect of each event, and the one check
// of extracted events against it, shared by events.test.ts and events.negative.test.ts.
import { expect } from 'vitest';
import type { Article, EventFact } from '../src/model/index.js';

/** What a case expects of each event, in order; absent keys are not checked (null: nothing). */
export interface EventWant {
  kind: string;
  status: string;
  ordinal?: number | null;
  count?: number | null;
  place?: string | null;
  when?: string | null;
  participants?: string[];
  roles?: Record<string, string>;
}

export interface EventCase {
  name: string;
  text: string;
  reference: string;
  expect: EventWant[];
}

export const caseArticle = (text: string): Article => ({ id: 'article:test', source: 'test', text, publishedAt: null, dateSource: 'given' });

export function expectEvents(c: EventCase, events: EventFact[]): void {
  expect(events).toHaveLength(c.expect.length);
  for (const [i, want] of c.expect.entries()) {
    const e = events[i]!;
    expect(e.kind).toBe(want.kind);
    expect(e.status).toBe(want.status);
    if ('ordinal' in want) expect(e.ordinal).toBe(want.ordinal);
    if ('count' in want) expect(e.count ?? null).toBe(want.count);
    if ('place' in want) expect(e.place).toBe(want.place);
    if ('when' in want) expect(e.when?.value ?? null).toBe(want.when);
    if ('participants' in want) expect(e.participants.map((p) => p.entity).sort()).toEqual([...want.participants!].sort());
    if ('roles' in want) for (const [role, id] of Object.entries(want.roles!)) expect(e.participants.find((p) => p.role === role)?.entity, role).toBe(id);
    for (const v of e.evidence) expect(c.text.slice(v.start, v.end)).toBe(v.quote);
    expect(e.extractor).toMatch(/events\/triggers:/);
  }
}
