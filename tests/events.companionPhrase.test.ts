// A visitor set off with companions (issue 13): "A, joined by B and C, a special adviser, were flying
// to X" makes A, B and C visitors (before, the nearest name, C, travelled alone); "A, along with B,
// will travel" likewise. Sentences of our own. Negatives: a companion phrase in a clause of its own
// before a verb of saying ("A, joined by B at the podium, said C flew") leaves C the only visitor;
// a phrase that names no person, or whose comma is followed by more than auxiliaries, gives nothing.
import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../src/model/index.js';
import { companionPhrase } from '../src/extract/events/companionPhrase.js';
import { extractArticle } from '../src/extract/pipeline.js';
import { caseArticle, expectEvents, type EventCase } from './events.support.js';

const BRANDT = 'person:alan-brandt';
const MOSS = 'person:carla-moss';
const LUND = 'person:peter-lund';
const REF = '2026-01-10';

const cases: EventCase[] = [
  {
    name: "'A, joined by B and C, an adviser, were flying to X': all three visit, A first",
    text: 'Senior adviser Alan Brandt, joined by envoy Carla Moss and Peter Lund, a special adviser, were flying to Portugal to attend the ceremony.',
    reference: REF,
    expect: [{ kind: 'VISIT', status: 'PLANNED', place: 'country:portugal', participants: [BRANDT, MOSS, LUND, 'country:portugal'], roles: { visitor: BRANDT, host: 'country:portugal' } }],
  },
  {
    name: "'A, along with B, will travel to X on Monday': both visit, planned",
    text: 'Alan Brandt, along with Carla Moss, will travel to Lisbon on Monday.',
    reference: REF,
    expect: [{ kind: 'VISIT', status: 'PLANNED', when: '2026-01-12', place: 'place:lisbon', participants: [BRANDT, MOSS, 'country:portugal'], roles: { visitor: BRANDT, host: 'country:portugal' } }],
  },
  {
    name: "negative: 'A, joined by B at the podium, said C flew to X': only C visits",
    text: 'Alan Brandt, joined by Carla Moss at the podium, said Peter Lund flew to Lisbon on Monday.',
    reference: REF,
    expect: [{ kind: 'VISIT', status: 'OCCURRED', when: '2026-01-05', place: 'place:lisbon', participants: [LUND, 'country:portugal'] }],
  },
];

describe('events: a visitor and the companions set off after it', () => {
  for (const c of cases) {
    it(c.name, () => {
      expectEvents(c, extractArticle(caseArticle(c.text), c.reference));
    });
  }
});

describe('companionPhrase', () => {
  const person = (text: string, name: string, id: string): EntityMention => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, text: name, kind: 'PERSON', id, name, by: 'test' } as EntityMention;
  };
  const run = (text: string, trigger: string, names: [string, string][]) => {
    const start = text.indexOf(trigger);
    const mentions = names.map(([n, id]) => person(text, n, id));
    return companionPhrase(text, { start, end: start + trigger.length, text: trigger }, { start: 0, end: text.length, text }, mentions);
  };
  it("'A, accompanied by B, flew': A heads, B goes along", () => {
    const got = run('Alan Brandt, accompanied by Carla Moss, flew to Lisbon.', 'flew', [['Alan Brandt', BRANDT], ['Carla Moss', MOSS]]);
    expect(got?.head.id).toBe(BRANDT);
    expect(got?.companions.map((m) => m.id)).toEqual([MOSS]);
  });
  it("negative: 'A met B, accompanied by aides, and flew': no person in the phrase and more than auxiliaries before the verb", () => {
    expect(run('Alan Brandt met Carla Moss, accompanied by aides, and flew to Lisbon.', 'flew', [['Alan Brandt', BRANDT], ['Carla Moss', MOSS]])).toBeNull();
  });
  it("negative: 'A, flanked by B, said C flew': the phrase's comma is followed by a verb of its own", () => {
    expect(run('Alan Brandt, flanked by Carla Moss, said Peter Lund flew to Lisbon.', 'flew', [['Alan Brandt', BRANDT], ['Carla Moss', MOSS], ['Peter Lund', LUND]])).toBeNull();
  });
  it('negative: no companion phrase at all', () => {
    expect(run('Alan Brandt and Carla Moss flew to Lisbon.', 'flew', [['Alan Brandt', BRANDT], ['Carla Moss', MOSS]])).toBeNull();
  });
});
