// Lists of terrorists as sanctions lists (issue 13): "added X to its list of global terrorists",
// "dropped X from the terror list" are listings like "put X on its entity list"; a party that only
// stands on a list ("remains on the terror list", "the list includes X") is told of no act; and an
// undoing verb after the list in another clause ("... after Peru lifted its hold") is no lift of it.
// Sentences of our own, each pattern with cases that must not match.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/pipeline.js';
import type { EventFact, EventMention } from '../src/model/index.js';
import { caseArticle } from './events.support.js';

const NORWAY = 'country:norway';
const CHILE = 'country:chile';
const UN = 'organization:united-nations';

const run = (text: string) => {
  const x = extractArticle(caseArticle(text), '2019-05-01');
  return { events: x.events.filter((e) => e.kind === 'SANCTION'), mentions: x.eventMentions.filter((e) => e.kind === 'SANCTION') };
};
const parties = (e: EventFact | EventMention) => e.participants.map((p) => `${p.role} ${p.entity}`).sort();

describe('lists of terrorists are sanctions lists', () => {
  it("'added Ann Smith, the head of a militia, to its list of global terrorists': the UN lists her, on the day told", () => {
    const { events } = run('The United Nations on Wednesday added Ann Smith, the head of a militia, to its list of global terrorists.');
    expect(events).toHaveLength(1);
    expect(events[0]!.description).toBe('imposed');
    expect(events[0]!.when?.earliest).toBe('2019-05-01');
    expect(parties(events[0]!)).toEqual([`imposer ${UN}`, 'target person:ann-smith']);
  });
  it("'Norway on Friday dropped Chile from its terror list': a lift, Norway's, of Chile", () => {
    const { events } = run('Norway on Friday dropped Chile from its terror list.');
    expect(events).toHaveLength(1);
    expect(events[0]!.description).toBe('lifted');
    expect(parties(events[0]!)).toEqual([`imposer ${NORWAY}`, `target ${CHILE}`]);
  });
  it("'Norway removed Chile from its terrorism list on Friday': 'terrorism list' too", () => {
    const { events } = run('Norway removed Chile from its terrorism list on Friday.');
    expect(events.map((e) => e.description)).toEqual(['lifted']);
  });
  it("negative: 'the state sponsors of terrorism list' is read once, as the state sponsors' list", () => {
    const { events } = run('Norway on Friday dropped Chile from its State Sponsors of Terrorism list.');
    expect(events).toHaveLength(1);
    expect(events[0]!.description).toBe('lifted');
  });
  it("negative: 'a list of demands', 'a list of suspects' are no sanctions lists", () => {
    const { events, mentions } = run('Norway on Friday handed Chile a list of demands. Norway on Friday added Ann Smith to its list of suspects.');
    expect([...events, ...mentions]).toHaveLength(0);
  });
  it("negative: 'threatened to put Chile on its terror list' is a threat", () => {
    const { events, mentions } = run('Norway threatened on Friday to put Chile on its terror list.');
    expect([...events, ...mentions]).toHaveLength(0);
  });
  it("negative: 'Any decision to add groups to the UN terror list is taken by consensus' names no one listed", () => {
    const { events, mentions } = run('Any decision to add groups to the UN terror list is taken by consensus.');
    expect([...events, ...mentions]).toHaveLength(0);
  });
});

describe('a party standing on a list is told of no act', () => {
  it("negative: 'Norway said Chile would remain on its terror list'", () => {
    const { events, mentions } = run('Norway said on Friday that Chile would remain on its terror list.');
    expect([...events, ...mentions]).toHaveLength(0);
  });
  it("negative: 'The two other countries that are still on the Norwegian list of state sponsors of terrorism are Chile and Peru'", () => {
    const { events, mentions } = run('The two other countries that are still on the Norwegian list of state sponsors of terrorism are Chile and Peru.');
    expect([...events, ...mentions]).toHaveLength(0);
  });
  it("negative: 'Norway's entity list includes two Chilean banks'", () => {
    const { events, mentions } = run("Norway's entity list includes two Chilean banks.");
    expect([...events, ...mentions]).toHaveLength(0);
  });
  it("'Chile was put on the Norwegian terror list on Friday': put on it, an act (not a standing)", () => {
    const { events } = run('Norway said Chile was put on its terror list on Friday.');
    expect(events).toHaveLength(1);
    expect(events[0]!.description).toBe('imposed');
  });
});

describe('an undoing verb in a later clause does not undo the listing', () => {
  it("'added Ann Smith to its list of global terrorists after Peru lifted its hold': imposed, not lifted", () => {
    const { events } = run('The United Nations on Wednesday added Ann Smith to its list of global terrorists after Peru lifted its hold on the proposal.');
    expect(events.map((e) => e.description)).toEqual(['imposed']);
  });
  it("negative: 'Sanctions by Norway on Chile were lifted on Friday' is still a lift", () => {
    const { events } = run('Sanctions by Norway on Chile were lifted on Friday.');
    expect(events.map((e) => e.description)).toEqual(['lifted']);
  });
});
