// Parties of an event told as a list or a noun group (issue 13): "between A, B and C" and "with A
// and B" keep every item; a country that only qualifies the head ("Norway Prime Minister Ana Holm",
// "Morocco's King Mohammed VI") is no party of its own; "I" in a quote is its speaker; the state
// of the nationals a sanction names is its target ("travel bans on 12 Chilean nationals"); "A,
// along with B and C, cut ties" makes three imposers; "with A and B and C" keeps all three, and so do
// lists whose titles are in lower case ("between Iranian foreign minister A, US secretary of state B");
// "A went into a meeting with B" takes A into it; a country's organ imposes in its name. Sentences of our own, each pattern with a
// case that must not match (speakers, people of another clause, a nationality that qualifies goods).
import { describe, it } from 'vitest';
import { extractArticle } from '../src/extract/pipeline.js';
import { caseArticle, expectEvents, type EventCase } from './events.support.js';

const PETROV = 'person:ivan-petrov';
const HOLM = 'person:ana-holm';
const DAHL = 'person:lena-dahl';

const cases: EventCase[] = [
  {
    name: "'a call between A, B and C': all three, not the countries that qualify them",
    text: 'The accord was sealed in a phone call on Tuesday between Chilean President Ivan Petrov, Norway Prime Minister Ana Holm and Peru’s Foreign Minister Lena Dahl.',
    reference: '2020-12-12',
    expect: [{ kind: 'MEETING', status: 'OCCURRED', when: '2020-12-08', participants: [PETROV, HOLM, DAHL] }],
  },
  {
    name: "'with A and B and C': a bare 'and' after another carries the list on",
    text: 'Omar Rafi sealed the deal in a phone call on Tuesday with Ivan Petrov and Ana Holm and Lena Dahl.',
    reference: '2020-12-12',
    expect: [{ kind: 'MEETING', status: 'OCCURRED', when: '2020-12-08', participants: ['person:omar-rafi', PETROV, HOLM, DAHL] }],
  },
  {
    name: "negative: 'with A and B, and C said': a comma before the second 'and' ends the list",
    text: 'Omar Rafi spoke with Ivan Petrov and Ana Holm on Tuesday, and Lena Dahl said it went well.',
    reference: '2020-12-12',
    expect: [{ kind: 'MEETING', status: 'OCCURRED', when: '2020-12-08', participants: ['person:omar-rafi', PETROV, HOLM] }],
  },
  {
    name: "'between A, B and C' with lower-case titles ('Norwegian prime minister B'): the list goes on past them",
    text: 'The talks on Monday between Chilean foreign minister Ivan Petrov, Norwegian prime minister Ana Holm and Lena Dahl ended without a deal.',
    reference: '2020-12-12',
    expect: [{ kind: 'TALKS', status: 'OCCURRED', when: '2020-12-07', participants: [PETROV, HOLM, DAHL] }],
  },
  {
    name: "negative: 'with A, foreign minister C said': a titled speaker after the list is no party",
    text: 'Omar Rafi spoke with Ana Holm, foreign minister Lena Dahl said.',
    reference: '2020-12-12',
    expect: [{ kind: 'MEETING', status: 'OCCURRED', participants: ['person:omar-rafi', HOLM] }],
  },
  {
    name: "'A went into a meeting with B': going into a gathering takes the subject into it, and it took place",
    text: 'Ivan Petrov flew in at dawn and went into a meeting with Lena Dahl.',
    reference: '2020-12-12',
    expect: [{ kind: 'MEETING', status: 'OCCURRED', participants: [PETROV, DAHL] }],
  },
  {
    name: "negative: 'looked into a meeting' is no going into it (a mention), and 'will go into talks' is a plan",
    text: 'Ivan Petrov looked into a meeting with Lena Dahl. Omar Rafi will go into talks with Ana Holm.',
    reference: '2020-12-12',
    expect: [
      { mention: true, kind: 'MEETING', status: 'OCCURRED', participants: [PETROV, DAHL] },
      { mention: true, kind: 'TALKS', status: 'PLANNED', participants: ['person:omar-rafi', HOLM] },
    ],
  },
  {
    name: "'between A and B, C said': the speaker after the list is no party",
    text: 'The meeting on Tuesday between Ivan Petrov and Ana Holm, Lena Dahl said, went well.',
    reference: '2020-12-12',
    expect: [{ kind: 'MEETING', status: 'OCCURRED', when: '2020-12-08', participants: [PETROV, HOLM] }],
  },
  {
    name: "'A spoke with B and C': the coordinated object brings both",
    text: 'Ivan Petrov spoke with Ana Holm and Lena Dahl on Monday.',
    reference: '2020-12-12',
    expect: [{ kind: 'MEETING', status: 'OCCURRED', when: '2020-12-07', participants: [PETROV, HOLM, DAHL] }],
  },
  {
    name: "'A met with B on Monday and C said ...': C is the subject of another clause",
    text: 'Ivan Petrov met with Ana Holm in Lima on Monday and Lena Dahl said it was useful.',
    reference: '2020-12-12',
    expect: [{ kind: 'MEETING', status: 'OCCURRED', participants: [PETROV, HOLM] }],
  },
  {
    name: "'A and his Peruvian counterpart B held talks': the person the country qualifies, not the country",
    text: 'Ivan Petrov and his Peruvian counterpart Lena Dahl held talks in Lima on Monday.',
    reference: '2020-12-12',
    expect: [{ kind: 'TALKS', status: 'OCCURRED', when: '2020-12-07', participants: [PETROV, DAHL] }],
  },
  {
    name: "'A and Peruvian officials including B held talks': a group of officials is no qualifier of the one named after it",
    text: 'Ivan Petrov and Peruvian officials including Lena Dahl held talks in Lima on Monday.',
    reference: '2020-12-12',
    expect: [{ kind: 'TALKS', status: 'OCCURRED', when: '2020-12-07', participants: [PETROV, 'country:peru'] }],
  },
  {
    name: "'A, B, C and D met in Lima, Peru': the four of the subject meet; the country of the place is where, not who",
    text: 'Chilean President Ivan Petrov, Norway Prime Minister Ana Holm, Lena Dahl and Omar Rafi met in Lima, Peru, on Monday.',
    reference: '2020-12-12',
    expect: [{ kind: 'MEETING', status: 'OCCURRED', when: '2020-12-07', participants: [PETROV, HOLM, DAHL, 'person:omar-rafi'] }],
  },
  {
    name: "'A said on Monday, C and D met': the list stops at the speaker's clause",
    text: 'Ana Holm said on Monday, Lena Dahl and Omar Rafi met in Lima.',
    reference: '2020-12-12',
    expect: [{ kind: 'MEETING', status: 'OCCURRED', participants: [DAHL, 'person:omar-rafi'] }],
  },
  {
    name: "'A met B in Lima': a direct object after a bare 'met' is still met",
    text: 'Ivan Petrov met Lena Dahl in Lima on Monday.',
    reference: '2020-12-12',
    expect: [{ kind: 'MEETING', status: 'OCCURRED', when: '2020-12-07', participants: [PETROV, DAHL] }],
  },
  {
    name: "'a call with Morocco's King Mohammed VI': the king, not his country",
    text: 'Ivan Petrov sealed the agreement in a phone call with Morocco’s King Mohammed VI on Dec. 10.',
    reference: '2020-12-12',
    expect: [{ kind: 'MEETING', status: 'OCCURRED', when: '2020-12-10', participants: [PETROV, 'person:mohammed-vi'] }],
  },
  {
    name: "'talks with Morocco on Dec. 10, King X said': the country is the party, the speaking king is not",
    text: 'Ivan Petrov held talks with Morocco on Dec. 10, King Mohammed VI said.',
    reference: '2020-12-12',
    expect: [{ kind: 'TALKS', status: 'OCCURRED', when: '2020-12-10', participants: [PETROV, 'country:morocco'] }],
  },
  {
    name: "'“... I spoke with B ...,” he said': the first person of a quote is the one who speaks it",
    text: 'Ivan Petrov took questions. “On February 26, I spoke with Foreign Minister Ana Holm to stress our partnership,” he said in a statement.',
    reference: '2019-02-27',
    expect: [{ kind: 'MEETING', status: 'OCCURRED', when: '2019-02-26', participants: [PETROV, HOLM] }],
  },
  {
    name: "'“They spoke with B ...,” A said': a quote's third person is not its speaker",
    text: '“On February 26, they spoke with Foreign Minister Ana Holm to stress the partnership,” Ivan Petrov said.',
    reference: '2019-02-27',
    expect: [],
  },
  {
    name: "'travel bans on 12 Chilean nationals': the state of the nationals is the target",
    text: 'Norway imposed travel bans on 12 Chilean nationals on Monday.',
    reference: '2020-12-12',
    expect: [{ kind: 'SANCTION', status: 'OCCURRED', when: '2020-12-07', roles: { imposer: 'country:norway', target: 'country:chile' } }],
  },
  {
    name: "'sanctions on Chilean copper': a nationality qualifying goods names no target",
    text: 'Norway imposed sanctions on Chilean copper on Monday.',
    reference: '2020-12-12',
    expect: [],
  },
  {
    name: "'sanctions targeting Russian banks': the state of the firms targeted is the target",
    text: 'On Friday the EU imposed sanctions targeting Russian banks and oil firms.',
    reference: '2014-09-14',
    expect: [{ kind: 'SANCTION', status: 'OCCURRED', roles: { imposer: 'organization:european-union', target: 'country:russia' } }],
  },
  {
    name: "'sanctions targeting Chilean copper exports': goods of a nationality name no target",
    text: 'On Friday Norway imposed sanctions targeting Chilean copper exports.',
    reference: '2014-09-14',
    expect: [],
  },
  {
    name: "'A, along with B and C, cut ties with D': three imposers",
    text: 'The UAE, along with Bahrain and Egypt, cut diplomatic ties with Qatar on Monday.',
    reference: '2017-06-07',
    expect: [{ kind: 'SANCTION', status: 'OCCURRED', when: '2017-06-05', participants: ['country:united-arab-emirates', 'country:bahrain', 'country:egypt', 'country:qatar'], roles: { target: 'country:qatar' } }],
  },
  {
    name: "'A cut ties with D on Monday, B said': the speaker imposes nothing",
    text: 'Bahrain cut diplomatic ties with Qatar on Monday, Egypt said.',
    reference: '2017-06-07',
    expect: [{ kind: 'SANCTION', status: 'OCCURRED', when: '2017-06-05', participants: ['country:bahrain', 'country:qatar'], roles: { imposer: 'country:bahrain', target: 'country:qatar' } }],
  },
  {
    name: "'the U.S. Department of the Treasury's Office of Foreign Assets Control imposed': the country opening the organ's noun group imposes",
    text: 'The U.S. Department of the Treasury’s Office of Foreign Assets Control on Thursday imposed sanctions on 17 Saudi nationals.',
    reference: '2018-11-16',
    expect: [{ kind: 'SANCTION', status: 'OCCURRED', when: '2018-11-15', participants: ['country:united-states', 'country:saudi-arabia'], roles: { imposer: 'country:united-states', target: 'country:saudi-arabia' } }],
  },
  {
    name: "'sanctions on 17 individuals': people counted but not named leave the target open; the imposer stands",
    text: 'The U.S. Department of the Treasury’s Office of Foreign Assets Control on Thursday imposed sanctions on 17 individuals over the killing.',
    reference: '2018-11-16',
    expect: [{ kind: 'SANCTION', status: 'OCCURRED', when: '2018-11-15', participants: ['country:united-states'], roles: { imposer: 'country:united-states' } }],
  },
  {
    name: "'imposed sanctions on Thursday': with no one targeted at all there is no sanctions event",
    text: 'Norway imposed sanctions on Thursday.',
    reference: '2018-11-16',
    expect: [],
  },
  {
    name: "'Norway said ... the Office of Foreign Assets Control imposed': a country outside the organ's noun group does not own it (the gazetteer's does)",
    text: 'Norway said on Thursday the Office of Foreign Assets Control imposed sanctions on 17 Saudi nationals.',
    reference: '2018-11-16',
    expect: [{ kind: 'SANCTION', status: 'OCCURRED', participants: ['country:united-states', 'country:saudi-arabia'], roles: { imposer: 'country:united-states', target: 'country:saudi-arabia' } }],
  },
];

describe('events: parties of lists and noun groups', () => {
  for (const c of cases) {
    it(c.name, () => {
      expectEvents(c, extractArticle(caseArticle(c.text), c.reference));
    });
  }
});
