// Rounds of talks told with their length and their sides (issue 13): "ended five days of talks on
// Friday" is the five days that end on that Friday, "began three days of talks on Monday" the three
// from it, "the talks ended on Friday after five days of negotiations" the same; a count the verb
// does not bound ("held five days of talks on Friday") leaves the day as told. A party coordinated
// with a group that a bracketed list spells out ("Chile and the group of four powers (A, B, C, D)")
// stays a side. A verb coordinated inside a reported clause ("announced that A and B spoke by phone,
// and agreed to meet ...") has that clause's subject. "Held discussions" are talks; a trailing
// "..., a joint statement said." takes none of the sentence's days. Talking to the press is no
// gathering; "had agreed to meet" a plan. Sentences of our own, each with a negative.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/pipeline.js';
import { caseArticle } from './events.support.js';

const events = (text: string, reference: string) => extractArticle(caseArticle(text), reference).events;
const span = (text: string, reference: string) => events(text, reference).map((e) => [e.kind, e.status, e.when?.earliest ?? null, e.when?.latest ?? null]);

describe('events: rounds of talks told with their length', () => {
  it("'A and B ended five days of talks in Lima on Friday': the five days that end on that Friday", () => {
    expect(span('Chile and Peru ended five days of talks in Lima on Friday.', '2020-12-12')).toEqual([['TALKS', 'OCCURRED', '2020-12-07', '2020-12-11']]);
    expect(span('Chile and Peru wrapped up seven days of intensive border talks in Lima on Friday evening.', '2020-12-12')).toEqual([['TALKS', 'OCCURRED', '2020-12-05', '2020-12-11']]);
  });

  it("'A and B began three days of talks on Monday': the three days from that Monday", () => {
    expect(span('Chile and Peru began three days of talks in Lima on Monday.', '2020-12-12')).toEqual([['TALKS', 'OCCURRED', '2020-12-07', '2020-12-09']]);
  });

  it("'the talks between A and B ended on Friday after five days of negotiations': the round's end, told by its subject", () => {
    expect(span('The talks between Chile and Peru ended on Friday after five days of negotiations.', '2020-12-12')).toEqual([['TALKS', 'OCCURRED', '2020-12-07', '2020-12-11']]);
  });

  it("negative: a count the verb does not bound, or no count of days, leaves the day as told", () => {
    expect(span('Chile and Peru held five days of talks in Lima on Friday.', '2020-12-12')).toEqual([['TALKS', 'OCCURRED', '2020-12-11', '2020-12-11']]);
    expect(span('The talks between Chile and Peru ended on Friday.', '2020-12-12')).toEqual([['TALKS', 'OCCURRED', '2020-12-11', '2020-12-11']]);
    expect(span('Chile and Peru ended five hours of talks in Lima on Friday.', '2020-12-12')).toEqual([['TALKS', 'OCCURRED', '2020-12-11', '2020-12-11']]);
    expect(span('The talks between Chile and Peru began on Monday after two days of delays.', '2020-12-12')).toEqual([['TALKS', 'OCCURRED', '2020-12-07', '2020-12-07']]);
  });
});

describe('events: a side coordinated with a group its brackets spell out', () => {
  const ids = (text: string) => events(text, '2020-12-12').map((e) => e.participants.map((p) => p.entity).sort());
  it("'Chile and the group of four powers (A, B, C and D) ended talks': Chile stays a side beside the list", () => {
    expect(ids('Chile and the group of four powers (Peru, Norway, Japan and Kenya) ended talks in Lima on Friday.')).toEqual([
      ['country:chile', 'country:japan', 'country:kenya', 'country:norway', 'country:peru'],
    ]);
  });

  it('negative: a bracketed list with no party coordinated before its group brings no one else', () => {
    expect(ids('The group of four powers (Peru, Norway, Japan and Kenya) ended talks in Lima on Friday.')).toEqual([['country:japan', 'country:kenya', 'country:norway', 'country:peru']]);
  });
});

describe('events: a meeting agreed in a coordinated verb of a reported clause', () => {
  it("'the ministry announced that A and B spoke by phone on May 12, and agreed to meet in Oslo on May 20': a call, and a meeting planned for its own day", () => {
    const found = events('The foreign ministry announced on Thursday that Angela Merkel and Emmanuel Macron spoke by phone on May 12, and agreed to meet in Oslo on May 20.', '2021-05-13');
    expect(found.map((e) => [e.kind, e.status, e.when?.value, e.place, e.participants.map((p) => p.entity).sort()])).toEqual([
      ['MEETING', 'OCCURRED', '2021-05-12', null, ['person:angela-merkel', 'person:emmanuel-macron']],
      ['MEETING', 'PLANNED', '2021-05-20', 'place:oslo', ['person:angela-merkel', 'person:emmanuel-macron']],
    ]);
  });

  it("negative: 'the ministry said that A arrived in Oslo on May 12, and added that ...': the added words are the ministry's, no meeting", () => {
    const found = events('The foreign ministry said that Angela Merkel arrived in Oslo on May 12, and added that she would stay for talks.', '2021-05-13');
    expect(found.filter((e) => e.kind !== 'VISIT')).toEqual([]);
  });
});

describe('events: talking to the press is no gathering', () => {
  const kinds = (text: string) => events(text, '2020-12-12').map((e) => [e.kind, e.participants.map((p) => p.entity).sort()]);
  it("negative: 'A talks with the Lima Courier Editorial Board', 'A met with reporters', 'A visited the paper's newsroom': interviews, no talks, meeting or visit", () => {
    expect(kinds('Foreign Minister Ivan Petrov talks with the Lima Courier Editorial Board on Saturday in Lima.')).toEqual([]);
    expect(kinds('Ivan Petrov met with reporters and journalists of the Lima Courier on Saturday.')).toEqual([]);
    expect(kinds('Ivan Petrov also visited the newspaper’s main newsroom in Lima on Saturday.')).toEqual([]);
  });

  it("'A held talks with B in Lima on Saturday', 'A visited the Peruvian capital on Saturday': sides and destinations that are no press stay", () => {
    expect(kinds('Ivan Petrov held talks with Peru’s Ana Holm in Lima on Saturday.')).toEqual([['TALKS', ['person:ana-holm', 'person:ivan-petrov']]]);
    expect(kinds('Ivan Petrov visited the Peruvian capital on Saturday.')).toEqual([['VISIT', ['country:peru', 'person:ivan-petrov']]]);
  });
});

describe('events: a plan told in the past perfect', () => {
  const status = (text: string) => events(text, '2021-05-13').map((e) => [e.kind, e.status]);
  it("'A and B had agreed to meet in Oslo': the meeting was a plan", () => {
    expect(status('Angela Merkel and Emmanuel Macron had agreed to meet in Oslo.')).toEqual([['MEETING', 'PLANNED']]);
    expect(status('Angela Merkel and Emmanuel Macron had planned to hold talks in Oslo.')).toEqual([['TALKS', 'PLANNED']]);
  });

  it("negative: 'A and B had talks in Oslo', 'A had a meeting with B in Oslo': the past perfect of holding a gathering tells it took place", () => {
    expect(status('Angela Merkel and Emmanuel Macron had talks in Oslo.')).toEqual([['TALKS', 'OCCURRED']]);
    expect(status('Angela Merkel had a meeting with Emmanuel Macron in Oslo.')).toEqual([['MEETING', 'OCCURRED']]);
  });
});

describe('events: discussions held, and the statement that reports them', () => {
  it("'A and B held detailed discussions in Lima on Thursday, a joint statement released by C said': talks on that day; the statement takes none of it", () => {
    const found = events('Delegations from Chile and Peru held detailed discussions in Lima on Thursday, a joint statement released by the Foreign Ministry said.', '2019-03-15');
    expect(found.map((e) => [e.kind, e.status, e.when?.value, e.place, e.participants.map((p) => p.entity).sort()])).toEqual([['TALKS', 'OCCURRED', '2019-03-14', 'place:lima', ['country:chile', 'country:peru']]]);
  });

  it("negative: discussions not held ('discussions were mentioned', 'are in discussions') are no talks; a statement issued on a day keeps it", () => {
    expect(events('Discussions between Chile and Peru on trade were mentioned on Thursday.', '2019-03-15')).toEqual([]);
    expect(events('Chile and Peru are in discussions about trade.', '2019-03-15')).toEqual([]);
    // "has been reopened discussions can resume": "has" of a passive is no holding of the discussions.
    const triggers = extractArticle(caseArticle('Now that the border has been reopened discussions can resume.'), '2019-03-15').mentions.triggers;
    expect(triggers.filter((t) => t.kind === 'TALKS')).toEqual([]);
    const issued = events('Chile and Peru issued a joint statement in Lima on Thursday.', '2019-03-15');
    expect(issued.map((e) => [e.kind, e.when?.value])).toEqual([['STATEMENT', '2019-03-14']]);
  });
});

describe('events: a meeting with a counterpart the text does not name', () => {
  const found = (text: string) => events(text, '2015-04-10').map((e) => [e.kind, e.status, e.when?.earliest, e.participants.map((p) => p.entity).sort()]);
  it("'A met with his counterpart last night', 'A met her Peruvian counterpart in Lima on Thursday': A's meeting, with the counterpart's state when told", () => {
    expect(found('Foreign Minister Ivan Petrov met with his counterpart last night in a very long meeting.')).toEqual([['MEETING', 'OCCURRED', '2015-04-09', ['person:ivan-petrov']]]);
    expect(found('Ana Holm met her Peruvian counterpart in Lima on Thursday.')).toEqual([['MEETING', 'OCCURRED', '2015-04-09', ['country:peru', 'person:ana-holm']]]);
  });

  it("negative: a counterpart named right after is that person; a counterpart only spoken of is no meeting", () => {
    expect(found('Ana Holm met with her counterpart, Ivan Petrov, in Lima on Thursday.')).toEqual([['MEETING', 'OCCURRED', '2015-04-09', ['person:ana-holm', 'person:ivan-petrov']]]);
    expect(found('Ana Holm said on Thursday that her counterpart was tough.')).toEqual([]);
    expect(found('Ana Holm will not meet her counterpart.')).toEqual([]);
  });
});

describe('events: a gathering coordinated with another noun shares its "with"', () => {
  const found = (text: string) => events(text, '2016-03-22').map((e) => [e.kind, e.participants.map((p) => p.entity).sort()]);
  it("'A held talks and a news conference with Peru's president, B': the talks are with B, not with Peru beside him", () => {
    expect(found('Ivan Petrov held talks and a news conference with Peru’s veteran president, Ana Holm, in Lima on Monday.')).toEqual([['TALKS', ['person:ana-holm', 'person:ivan-petrov']]]);
  });

  it("negative: 'A held talks and a news conference with reporters in Lima': no second side", () => {
    expect(found('Ivan Petrov held talks and a news conference with reporters in Lima on Monday.')).toEqual([]);
  });
});
