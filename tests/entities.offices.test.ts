// Office holders learned from the page (issue 13): a name written with its office tells who holds
// it; the office written later without a name is that person. Invented names throughout (no
// gazetteer holders of these offices); each case has its negative beside it.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/extract/entities/extractEntities.js';
import { officeSlot } from '../src/extract/entities/officeSlot.js';
import { titleOffice } from '../src/extract/entities/titleOffice.js';

const byOffice = (text: string) =>
  extractEntities({ articleId: 'a', text, reference: '2016-05-01' })
    .filter((m) => m.by === 'entities/officesInText' && !officeSlot(m.id))
    .map((m) => {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      return [m.text, m.id];
    });

describe('titleOffice reads the office and the country of a title', () => {
  it('takes the last office word and a country name or demonym before it', () => {
    expect(titleOffice('Cuban President')).toEqual({ country: 'CU', office: 'head-of-state', word: 'president' });
    expect(titleOffice("Saudi Arabia's King")).toEqual({ country: 'SA', office: 'head-of-state', word: 'king' });
    expect(titleOffice('Britain’s Prime Minister')).toEqual({ country: 'GB', office: 'head-of-government', word: 'prime minister' });
    expect(titleOffice('Emir Sheikh')).toEqual({ country: null, office: 'head-of-state', word: 'emir' });
  });

  it('names no office for a former, deputy, vice or assistant holder, or for two offices', () => {
    for (const t of ['former Cuban President', 'Deputy Prime Minister', 'UAE Vice-President', 'Assistant Secretary of State', 'Vice President and Prime Minister', 'Spokesman']) {
      expect(titleOffice(t)).toBeNull();
    }
  });
});

describe('an office written without a name is the page’s holder of it', () => {
  it('resolves "the Cuban president", "Qatar’s emir", "the emir of Qatar" and "the Qatari leader"', () => {
    expect(byOffice('Cuban President Raul Ortiz met the delegation. On Friday the Cuban president flew home.')).toEqual([['the Cuban president', 'person:raul-ortiz']]);
    const qatar = 'Qatar’s emir, Sheikh Nasir bin Fahad Al Kamal, received the mediator. He met Qatar’s emir again on Tuesday, and the emir of Qatar thanked him; the Qatari leader smiled.';
    expect(byOffice(qatar)).toEqual([
      ['Qatar’s emir', 'person:nasir-bin-fahad-alkamal'],
      ['the emir of Qatar', 'person:nasir-bin-fahad-alkamal'],
      ['the Qatari leader', 'person:nasir-bin-fahad-alkamal'],
    ]);
  });

  it('learns an office from an apposition and from a list of names with their offices', () => {
    expect(byOffice('Nasir Kamal, the emir of Qatar, received the envoy. Later the Qatari emir left.')).toEqual([['the Qatari emir', 'person:nasir-kamal']]);
    const list = 'Attending were Sheikh Nasir Kamal, Emir of Qatar, Sheikh Omar Rafi, Emir of Kuwait, and others. The emir of Kuwait spoke first.';
    expect(byOffice(list)).toEqual([['The emir of Kuwait', 'person:omar-rafi']]);
  });

  it('learns nothing from a clause that only follows a name: "After meeting Holm, the Chilean minister said"', () => {
    expect(byOffice('After meeting Ana Holm, the Chilean foreign minister said talks went well. The Chilean foreign minister then left.')).toEqual([]);
  });

  it('resolves a bare monarch’s title ("the emir", "the crown prince") to the page’s one holder of it', () => {
    expect(byOffice('Emir Sheikh Nasir bin Fahad hosted the talks. The envoy thanked the emir.')).toEqual([['the emir', 'person:nasir-bin-fahad']]);
    expect(byOffice('Crown Prince Faisal bin Tariq said little. Critics blamed the crown prince.')).toEqual([['the crown prince', 'person:faisal-bin-tariq']]);
  });

  it('leaves generic, plural, former and other countries’ offices alone', () => {
    const named = 'Cuban President Raul Ortiz met the delegation. ';
    for (const rest of ['A Cuban president had never done so.', 'The former Cuban president stayed home.', 'Cuban presidents rarely travel.', 'The next Cuban president will decide.', 'The Chilean president disagreed.']) {
      expect(byOffice(named + rest)).toEqual([]);
    }
  });

  it('resolves nothing when the page names two holders, or the holder only as deputy or assistant', () => {
    expect(byOffice('Crown Prince Faisal bin Tariq and Crown Prince Omar bin Nasir met. Critics blamed the crown prince.')).toEqual([]);
    expect(byOffice('Deputy Prime Minister Ana Holm spoke. The British prime minister stayed silent.')).toEqual([]);
    expect(byOffice('Ana Holm, assistant secretary of state, spoke. The secretary of state stayed silent.')).toEqual([]);
  });

  it('reads an office after "as", or with neither "the" nor a country, as a role, not a reference', () => {
    const named = 'Cuban President Raul Ortiz met the delegation. ';
    expect(byOffice(named + 'Ana Holm was named as the Cuban president in a mock vote.')).toEqual([]);
    expect(byOffice('Secretary of State Ana Holm visited in 2000. Trump nominated Peter Langmoor as secretary of state.')).toEqual([]);
  });

  it('leaves an office no one on the page holds as a slot for resolve, on a dated page only', () => {
    const text = 'The envoy said on Tuesday after meeting with Qatar’s emir that talks went well.';
    const slots = (reference: string | null) => extractEntities({ articleId: 'a', text, reference }).filter((m) => officeSlot(m.id));
    expect(slots('2016-05-01').map((m) => [m.text, m.id])).toEqual([['Qatar’s emir', 'person:office-qa-head-of-state']]);
    expect(slots(null)).toEqual([]);
  });

  it('never resolves a bare "the president" or "the prime minister"', () => {
    expect(byOffice('Cuban President Raul Ortiz met the delegation. The president then left.')).toEqual([]);
  });
});
