// Heads of bodies learned from the page (issue 13): a name written with its organisation's office
// ("UN Secretary-General Lena Marsh") tells who holds it; the office written later without a name
// ("the UN secretary-general") is that person, if the page names one holder. Invented names
// throughout (no gazetteer holds these offices); each case has its negative beside it.
import { describe, expect, it } from 'vitest';
import { bodyOfTitle, bodySlot, bodySlotId } from '../src/extract/entities/bodyOffice.js';
import { BODY_OFFICE_BY } from '../src/extract/entities/officeReadings.js';
import { extractEntities } from '../src/extract/entities/extractEntities.js';

const read = (text: string, reference: string | null = '2031-05-01') =>
  extractEntities({ articleId: 'a', text, reference })
    .filter((m) => m.by === BODY_OFFICE_BY)
    .map((m) => {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      return [m.text, m.id];
    });

describe('bodyOfTitle reads the body and office of a title', () => {
  it('takes the organisation before the office word or after "of the"', () => {
    expect(bodyOfTitle('European Council President')).toEqual({ body: 'organization:european-council', office: 'head', name: 'European Council' });
    expect(bodyOfTitle('UN Secretary-General')).toEqual({ body: 'organization:united-nations', office: 'head', name: 'UN' });
    expect(bodyOfTitle("EU's foreign policy chief")).toEqual({ body: 'organization:european-union', office: 'foreign-policy-chief', name: 'EU' });
    expect(bodyOfTitle('Secretary General of the United Nations')).toEqual({ body: 'organization:united-nations', office: 'head', name: 'United Nations' });
  });

  it('negative: a former or deputy holder, a spokesman, or a country’s office names no body office', () => {
    for (const t of ['former European Commission President', 'UN Deputy Secretary-General', 'EU spokeswoman', 'Russian President', 'President of Switzerland']) {
      expect(bodyOfTitle(t)).toBeNull();
    }
  });

  it('gives slot ids that read back', () => {
    expect(bodySlot(bodySlotId('organization:european-council', 'head'))).toEqual({ body: 'organization:european-council', office: 'head' });
    expect(bodySlot('person:office-qa-head-of-state')).toBeNull();
  });
});

describe('a body office written without a name is the page’s holder of it', () => {
  it('resolves "the UN secretary-general", "the EU foreign policy chief" and "the President of the European Commission"', () => {
    expect(read('UN Secretary-General Lena Marsh opened the session. Delegates later wrote to the UN secretary-general about the ceasefire.')).toEqual([
      ['the UN secretary-general', 'person:lena-marsh'],
    ]);
    expect(read("Ivo Stenberg, the EU's foreign policy chief, arrived on Monday. The minister met the EU foreign policy chief in Vienna.")).toEqual([
      ['the EU foreign policy chief', 'person:ivo-stenberg'],
    ]);
    expect(read('The minister met the President of the European Commission in Brussels. European Commission President Karl Odden had invited him.')).toEqual([
      ['the President of the European Commission', 'person:karl-odden'],
    ]);
  });

  it('gives the holder the office as a title, for resolve to learn', () => {
    const m = extractEntities({ articleId: 'a', text: 'IAEA Director General Maria Velde said inspections would resume.', reference: '2031-05-01' }).find((x) => x.id === 'person:maria-velde');
    expect(m?.title).toBe('IAEA Director General');
  });

  it('negative: a former holder is no reference, nor a deputy a holder', () => {
    expect(read('The former IAEA director general spoke. IAEA Director General Maria Velde said inspections would resume.')).toEqual([]);
    // The deputy named is no head: the later "the head of" is a slot for other pages, not Lind.
    const sahel = read('Petra Lind, the deputy head of the Sahel Council, spoke in Niamey. Later the head of the Sahel Council spoke.');
    expect(sahel).toEqual([['the head of the Sahel Council', bodySlotId('organization:sahel-council', 'head')]]);
  });

  it('negative: with two holders named the office is no one; on a page of no known day it is left alone', () => {
    expect(read('ASEAN Secretary-General Tran Duc Minh and ASEAN Secretary-General Aung Kyaw disagreed. The ASEAN secretary-general left.')).toEqual([]);
    expect(read('Delegates later wrote to the UN secretary-general about the ceasefire.', null)).toEqual([]);
  });

  it('negative: a name after a comma in a list is the next item, and "the chair of EU summits" no office of the EU', () => {
    const list = 'Banned were Nora Tell, once an envoy and currently head of the Sahel Council, Omar Bale, a lawyer, and others. The head of the Sahel Council objected.';
    expect(read(list).map(([, id]) => id)).not.toContain('person:omar-bale');
    expect(read('The leaders agreed, the chair of EU summits said on Thursday.')).toEqual([]);
  });
});
