// Roles of letters and visits from the trigger's clause (issue 13): a letter's sender and
// recipient ("A wrote to B", "B received A's letter", "In a letter to B, A said", "A sent B a
// letter", titles before the addressee's name; an envoy who delivers it is no sender), never the same one and never a speaker quoted
// about it; a visit's visitor is its clause's subject, not a name in an apposition; a meeting in
// one side's country is hosted by that side and visited by the other, unless it is held at a distance. Status: a
// delay asked for is no delay. Sentences of our own, each pattern with a case that must not match.
import { describe, it } from 'vitest';
import { extractArticle } from '../src/extract/pipeline.js';
import { caseArticle, expectEvents, type EventCase } from './events.support.js';

const TRUMP = 'person:donald-trump';
const KIM = 'person:kim-jong-un';
const MOON = 'person:moon-jae-in';

const cases: EventCase[] = [
  {
    name: "'B received A's letter': the possessor sends, the subject of 'received' receives",
    text: "Kim Jong Un received Donald Trump's letter on Sunday.",
    reference: '2019-06-26',
    expect: [{ kind: 'LETTER', status: 'OCCURRED', when: '2019-06-23', participants: [TRUMP, KIM], roles: { sender: TRUMP, recipient: KIM } }],
  },
  {
    name: "'A sent B a letter': the object before the letter is its recipient",
    text: 'Donald Trump sent Kim Jong Un a letter on Sunday.',
    reference: '2019-06-26',
    expect: [{ kind: 'LETTER', status: 'OCCURRED', when: '2019-06-23', roles: { sender: TRUMP, recipient: KIM } }],
  },
  {
    name: "'In a letter to B, A said': what the subject says in the letter, it wrote",
    text: 'In a letter to Kim Jong Un on Sunday, Donald Trump said he looked forward to their talks.',
    reference: '2019-06-26',
    expect: [{ kind: 'LETTER', status: 'OCCURRED', when: '2019-06-23', participants: [TRUMP, KIM], roles: { sender: TRUMP, recipient: KIM } }],
  },
  {
    name: "'In a letter to B, sent days after X happened, Mrs A said': a long fronted phrase, the speaker after its comma wrote it",
    text: 'In a letter to South Korean President Moon Jae-in exactly 100 days after the election was held in the South, Mr Trump said he looked forward to their talks on Sunday.',
    reference: '2019-06-26',
    expect: [{ kind: 'LETTER', status: 'OCCURRED', roles: { sender: TRUMP, recipient: MOON }, mention: true }],
  },
  {
    name: "negative: 'In a letter to B, officials said A would come': a side named after the comma who says nothing wrote nothing",
    text: 'In a letter to South Korean President Moon Jae-in exactly 100 days after the election was held in the South, officials said Mr Trump was pleased with the talks.',
    reference: '2019-06-26',
    expect: [{ kind: 'LETTER', status: 'OCCURRED', participants: [MOON], roles: { recipient: MOON }, mention: true }],
  },
  {
    name: 'a title and a country before the addressee leave the person as recipient',
    text: "Donald Trump sent a letter to South Korea's President Moon Jae-in on Sunday.",
    reference: '2019-06-26',
    expect: [{ kind: 'LETTER', status: 'OCCURRED', participants: [TRUMP, MOON], roles: { sender: TRUMP, recipient: MOON } }],
  },
  {
    name: "'wrote to' past a title: the person written to",
    text: 'Donald Trump wrote to South Korean President Moon Jae-in on Sunday.',
    reference: '2019-06-26',
    expect: [{ kind: 'LETTER', status: 'OCCURRED', participants: [TRUMP, MOON], roles: { sender: TRUMP, recipient: MOON } }],
  },
  {
    name: "negative: 'to Iran's leaders' is addressed to the country, and a subject naming nobody sends nothing",
    text: "Senators sent a letter to Iran's leaders on Monday.",
    reference: '2019-06-26',
    expect: [{ kind: 'LETTER', status: 'OCCURRED', participants: ['country:iran'], roles: { recipient: 'country:iran' } }],
  },
  {
    name: 'negative: a TV host quoted about the letter is neither its sender nor its recipient',
    text: 'Donald Trump sent a letter to Moon Jae-in on Sunday, Fox News host Sean Hannity said.',
    reference: '2019-06-26',
    expect: [{ kind: 'LETTER', status: 'OCCURRED', participants: [TRUMP, MOON], roles: { sender: TRUMP, recipient: MOON } }],
  },
  {
    name: "negative: the recipient is not also the sender ('delivered' in a quoted remark sends nothing)",
    text: "Donald Tusk said he had received Britain's notification letter on Wednesday, saying the UK had delivered Brexit.",
    reference: '2019-06-26',
    expect: [{ kind: 'LETTER', status: 'OCCURRED', participants: ['country:united-kingdom', 'person:donald-tusk'], roles: { sender: 'country:united-kingdom', recipient: 'person:donald-tusk' } }],
  },
  {
    name: "'his letter' in a clause about its recipient is the main subject's",
    text: 'Donald Trump said on Sunday that Kim Jong Un had received his letter.',
    reference: '2019-06-26',
    expect: [{ kind: 'LETTER', status: 'OCCURRED', participants: [TRUMP, KIM], roles: { sender: TRUMP, recipient: KIM } }],
  },
  {
    name: "'B's letter to him': the pronoun is the main subject, not the sender",
    text: "Donald Trump read out Kim Jong Un's letter to him.",
    reference: '2019-06-26',
    expect: [{ kind: 'LETTER', status: 'OCCURRED', roles: { sender: KIM, recipient: TRUMP } }],
  },
  {
    name: 'negative: a letter asking for a delay is sent, not postponed',
    text: 'Donald Trump sent a letter to Kim Jong Un on Sunday asking him to postpone the talks.',
    reference: '2019-06-26',
    expect: [{ kind: 'LETTER', status: 'OCCURRED', when: '2019-06-23', roles: { sender: TRUMP, recipient: KIM } }],
  },
  {
    name: 'negative: a summit someone urges be put off is still ahead, not postponed',
    text: 'Moon Jae-in urged Donald Trump to postpone the summit with Kim Jong Un.',
    reference: '2019-06-26',
    expect: [{ kind: 'SUMMIT', status: 'PLANNED', mention: true }],
  },
  {
    name: 'negative: a person in an apposition to the subject is not the visitor',
    text: 'Mike Pompeo, an aide to Donald Trump, visited North Korea on Sunday.',
    reference: '2019-06-26',
    expect: [{ kind: 'VISIT', status: 'OCCURRED', when: '2019-06-23', place: 'country:north-korea', participants: ['person:mike-pompeo', 'country:north-korea'], roles: { visitor: 'person:mike-pompeo', host: 'country:north-korea' } }],
  },
  {
    name: "'A paid a visit to X': the subject of the verb that makes the trip visits",
    text: 'Jared Kushner, adviser to Donald Trump, on Wednesday paid a surprise visit to Qatar.',
    reference: '2019-06-26',
    expect: [{ kind: 'VISIT', status: 'OCCURRED', when: '2019-06-26', place: 'country:qatar', participants: ['person:jared-kushner', 'country:qatar'], roles: { visitor: 'person:jared-kushner', host: 'country:qatar' } }],
  },
  {
    name: "negative: 'A will visit B on Tuesday to meet its president' is planned",
    text: 'Donald Trump will visit South Korea on Tuesday to meet its president.',
    reference: '2019-06-26',
    expect: [{ kind: 'VISIT', status: 'PLANNED', when: '2019-07-02', place: 'country:south-korea', roles: { visitor: TRUMP } }],
  },
  {
    name: "'visited X, where he met Y': the one met there hosts the visit",
    text: 'Jared Kushner on Wednesday paid a surprise visit to Qatar, where he met the ruler of the Gulf country Tamim bin Hamad al-Thani.',
    reference: '2020-12-03',
    expect: [
      { kind: 'VISIT', status: 'OCCURRED', when: '2020-12-02', place: 'country:qatar', roles: { visitor: 'person:jared-kushner', host: 'person:tamim-bin-hamad-althani' } },
      { kind: 'MEETING', status: 'OCCURRED', when: '2020-12-02', participants: ['person:jared-kushner', 'person:tamim-bin-hamad-althani'] },
    ],
  },
  {
    name: "negative: one the visitor did not meet there is no host",
    text: 'Mike Pompeo visited North Korea on Sunday, where he did not meet Kim Jong Un.',
    reference: '2019-06-26',
    expect: [{ kind: 'VISIT', status: 'OCCURRED', when: '2019-06-23', place: 'country:north-korea', participants: ['person:mike-pompeo', 'country:north-korea'] }],
  },
  {
    name: "'envoy X delivered a letter to Y': who carries a letter does not send it",
    text: "Norway's envoy Juan Perez delivered a letter to Chile on Monday.",
    reference: '2019-03-06',
    expect: [{ kind: 'LETTER', status: 'OCCURRED', when: '2019-03-04', place: null, participants: ['country:chile'], roles: { recipient: 'country:chile' } }],
  },
  {
    name: "'ambassador X delivered a letter, signed by Z': the signer sends it, the carrier is neither sender nor recipient",
    text: 'Norwegian ambassador Juan Perez on Monday delivered a letter to Chile, signed personally by Erna Solberg.',
    reference: '2019-03-06',
    expect: [{ kind: 'LETTER', status: 'OCCURRED', when: '2019-03-04', place: null, participants: ['country:chile', 'person:erna-solberg'], roles: { sender: 'person:erna-solberg', recipient: 'country:chile' } }],
  },
  {
    name: "negative: 'X delivered a letter to Y' with no title of a carrier: X sends it",
    text: 'Erna Solberg delivered a letter to Chile on Monday.',
    reference: '2019-03-06',
    expect: [{ kind: 'LETTER', status: 'OCCURRED', when: '2019-03-04', place: null, roles: { sender: 'person:erna-solberg', recipient: 'country:chile' } }],
  },
  {
    name: 'an addressee tagged as a place is the person the article names with it elsewhere',
    text: 'Petro Poroshenko spoke on Monday. Vladimir Putin sent a letter to Poroshenko on January 15.',
    reference: '2015-02-10',
    expect: [{ kind: 'LETTER', status: 'OCCURRED', when: '2015-01-15', place: null, roles: { sender: 'person:vladimir-putin', recipient: 'person:petro-poroshenko' } }],
  },
  {
    name: "'a visit to X by A': the one after 'by' visits, past his titles",
    text: 'The two countries signed an agreement during a visit to Doha by U.S. Secretary of State Rex Tillerson on Tuesday.',
    reference: '2017-07-12',
    expect: [{ kind: 'VISIT', status: 'OCCURRED', when: '2017-07-11', place: 'place:doha', participants: ['person:rex-tillerson', 'country:qatar'], roles: { visitor: 'person:rex-tillerson', host: 'country:qatar' } }],
  },
  {
    name: "'the former's trip': the first of the two people just named",
    text: 'Rex Tillerson walks with Sheikh Mohammed bin Abdulrahman Al Thani during the former’s trip to Qatar.',
    reference: '2017-07-12',
    expect: [{ kind: 'VISIT', status: 'OCCURRED', place: 'country:qatar', participants: ['person:rex-tillerson', 'country:qatar'] }],
  },
  {
    name: "'a visit to the capital' goes to the capital city named before it",
    text: 'The leaders met Petro Poroshenko in Kyiv a day earlier, following a visit to the capital by US Secretary of State, John Kerry.',
    reference: '2015-02-07',
    expect: [
      { kind: 'MEETING', status: 'OCCURRED' },
      { kind: 'VISIT', status: 'OCCURRED', place: 'place:kyiv', roles: { visitor: 'person:john-kerry' } },
    ],
  },
  {
    name: "negative: 'the capital' after a city that is no capital goes nowhere, and a visit with no destination is no event",
    text: 'John Kerry arrived in Geneva. Later, a visit to the capital by Sergei Lavrov was announced.',
    reference: '2015-02-07',
    expect: [{ kind: 'VISIT', status: 'OCCURRED', place: 'place:geneva', roles: { visitor: 'person:john-kerry' } }],
  },
  {
    name: "'the first president to visit the country' is a fact when its clause is past",
    text: 'Barack Obama arrived in Havana on Sunday. His arrival made him the first sitting U.S. president to visit the country since Calvin Coolidge.',
    reference: '2016-03-22',
    expect: [{ kind: 'VISIT', status: 'OCCURRED', when: '2016-03-20', place: 'place:havana', roles: { visitor: 'person:barack-obama' } }],
  },
  {
    name: "negative: 'will be the first president to visit Cuba' is still a plan",
    text: 'Barack Obama will be the first sitting U.S. president to visit Cuba since Calvin Coolidge.',
    reference: '2016-03-01',
    expect: [{ kind: 'VISIT', status: 'PLANNED', place: 'country:cuba', roles: { visitor: 'person:barack-obama' } }],
  },
  {
    name: "'the postponement of X's visit' puts off that visit",
    text: "Joe Biden announced on Friday the postponement of Antony Blinken's visit to China.",
    reference: '2023-02-04',
    expect: [{ kind: 'VISIT', status: 'POSTPONED', place: 'country:china', roles: { visitor: 'person:antony-blinken' } }],
  },
  {
    name: "negative: the postponement of something else does not put off a visit in the sentence",
    text: 'The postponement of the vote angered Donald Trump, who visited Britain on Friday.',
    reference: '2018-08-25',
    expect: [{ kind: 'VISIT', status: 'OCCURRED', when: '2018-08-24', place: 'country:united-kingdom', roles: { visitor: 'person:donald-trump' } }],
  },
  {
    name: "a visit with no day takes the day of the meeting its visitor had there ('by A, ..., who met B on Thursday')",
    text: 'They coincided with a visit to Seoul by Stephen Biegun, the U.S. special representative for North Korea, who met South Korean officials on Thursday.',
    reference: '2019-05-10',
    expect: [
      { kind: 'VISIT', status: 'OCCURRED', when: '2019-05-09', place: 'place:seoul', roles: { visitor: 'person:stephen-biegun' } },
      { kind: 'MEETING', status: 'OCCURRED', when: '2019-05-09' },
    ],
  },
  {
    name: "negative: a meeting of someone else named after the visit does not date it",
    text: "Donald Trump's visit to Japan angered Shinzo Abe, who met Vladimir Putin on Monday.",
    reference: '2019-05-10',
    expect: [
      { kind: 'VISIT', status: 'OCCURRED', when: null, place: 'country:japan', roles: { visitor: TRUMP } },
      { kind: 'MEETING', status: 'OCCURRED', when: '2019-05-06', participants: ['person:shinzo-abe', 'person:vladimir-putin'] },
    ],
  },
  {
    name: "'A meets B in B's capital': B hosts, A visits (homes from the titles)",
    text: 'Chilean President Ivan Petrov meets Peruvian Foreign Minister Lena Dahl in Lima on Monday.',
    reference: '2020-12-12',
    expect: [{ kind: 'MEETING', status: 'OCCURRED', when: '2020-12-07', place: 'place:lima', roles: { visitor: 'person:ivan-petrov', host: 'person:lena-dahl' }, participants: ['person:ivan-petrov', 'person:lena-dahl'] }],
  },
  {
    name: "negative: a meeting in a third country has no host",
    text: 'Chilean President Ivan Petrov meets Peruvian Foreign Minister Lena Dahl in Singapore on Monday.',
    reference: '2020-12-12',
    expect: [{ kind: 'MEETING', status: 'OCCURRED', when: '2020-12-07', roles: { participant: 'person:ivan-petrov' }, participants: ['person:ivan-petrov', 'person:lena-dahl'] }],
  },
  {
    name: "negative: with one side's home unknown nobody is made host",
    text: 'Ivan Petrov meets Peruvian Foreign Minister Lena Dahl in Lima on Monday.',
    reference: '2020-12-12',
    expect: [{ kind: 'MEETING', status: 'OCCURRED', when: '2020-12-07', roles: { participant: 'person:ivan-petrov' }, participants: ['person:ivan-petrov', 'person:lena-dahl'] }],
  },
  {
    name: "negative: a virtual summit in one side's capital is visited by nobody",
    text: 'Chilean President Ivan Petrov held a virtual summit with Peruvian Foreign Minister Lena Dahl in Lima on Monday.',
    reference: '2020-12-12',
    expect: [
      { kind: 'MEETING', status: 'OCCURRED', when: '2020-12-07', place: 'place:lima', roles: { participant: 'person:ivan-petrov' }, participants: ['person:ivan-petrov', 'person:lena-dahl'] },
      { kind: 'SUMMIT', status: 'OCCURRED', roles: { participant: 'person:ivan-petrov' }, participants: ['person:ivan-petrov', 'person:lena-dahl'] },
    ],
  },
];

describe('letters and visits: roles from the clause', () => {
  for (const c of cases) {
    it(c.name, () => {
      expectEvents(c, extractArticle(caseArticle(c.text), c.reference));
    });
  }
});
