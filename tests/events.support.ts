// What the event fixtures (tests/fixtures/events/*.json) expect of each event, and the one check
// of extracted events against it, shared by events.test.ts and events.negative.test.ts. An
// expectation with "mention": true is a mention the text does not anchor (DESIGN.md, Mentions and
// events): it is looked for among the extraction's event mentions, and it must not be an event.
import { expect } from 'vitest';
import type { Article, EventFact, EventMention } from '../src/model/index.js';
import type { ArticleExtraction } from '../src/extract/pipeline.js';

/** What a case expects of each event, in order; absent keys are not checked (null: nothing). */
export interface EventWant {
  /** A mention, not an event: the text gives it no anchor. */
  mention?: boolean;
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

export function expectEvents(c: EventCase, x: Pick<ArticleExtraction, 'events' | 'eventMentions'>): void {
  const wantEvents = c.expect.filter((w) => !w.mention);
  const wantMentions = c.expect.filter((w) => w.mention);
  expect(x.events).toHaveLength(wantEvents.length);
  for (const [i, want] of wantEvents.entries()) {
    const e = x.events[i]!;
    expectAttributes(want, e);
    if ('ordinal' in want) expect(e.ordinal).toBe(want.ordinal);
    if ('count' in want) expect(e.count ?? null).toBe(want.count);
    for (const v of e.evidence) expect(c.text.slice(v.start, v.end)).toBe(v.quote);
    expect(e.extractor).toMatch(/events\/triggers:/);
  }
  for (const want of wantMentions) {
    const found = x.eventMentions.filter((m) => m.kind === want.kind);
    expect(found, `a ${want.kind} mention`).not.toHaveLength(0);
    const m = found.find((f) => f.status === want.status) ?? found[0]!;
    expectAttributes(want, m);
    expect(c.text.slice(m.trigger.start, m.trigger.end)).toBe(m.trigger.text);
  }
}

function expectAttributes(want: EventWant, e: EventFact | EventMention): void {
  expect(e.kind).toBe(want.kind);
  expect(e.status).toBe(want.status);
  if ('place' in want) expect(e.place).toBe(want.place);
  if ('when' in want) expect(e.when?.value ?? null).toBe(want.when);
  if ('participants' in want) expect(e.participants.map((p) => p.entity).sort()).toEqual([...want.participants!].sort());
  if ('roles' in want) for (const [role, id] of Object.entries(want.roles!)) expect(e.participants.find((p) => p.role === role)?.entity, role).toBe(id);
}
