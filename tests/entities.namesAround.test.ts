// Names the tagger cut or took for another kind (issue 16): a given name opening a sentence that the
// tagger left out, and a person's name or surname the tagger read as an organisation or a place in
// an article naming that person. Invented names; each rule with its negatives.
import { describe, expect, it } from 'vitest';
import { joinNameParts } from '../src/extract/entities/joinNameParts.js';
import { peopleOfOtherKinds } from '../src/extract/entities/peopleOfOtherKinds.js';
import type { EntityMention } from '../src/model/index.js';
import type { NameSpan } from '../src/extract/nlp/tagNames.js';

/** The tagger's span for `name` in `text`. */
const span = (text: string, name: string, type = 'PER'): NameSpan => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, type, text: name };
};
const joined = (text: string, name: string) => joinNameParts(text, [span(text, name)]).map((s) => s.text);

describe('a given name opening a sentence', () => {
  it.each([
    ['Lena Ana Holm, a former adviser, said it.', 'Lena Ana Holm'],
    ['The talks ended. Tovah Ana Holm left.', 'Tovah Ana Holm'],
    ['Talks ended.\nTovah Ana Holm left.', 'Tovah Ana Holm'],
    ['“Tovah Ana Holm said no,” he wrote.', 'Tovah Ana Holm'],
  ])('%s -> %s', (text, name) => {
    expect(joined(text, 'Ana Holm')).toEqual([name]);
  });

  it.each([
    ['Yesterday Ana Holm said no.', 'a common word'],
    ['Senator Ana Holm said no.', 'a title'],
    ['Thursday Ana Holm said no.', 'a day'],
    ['Moscow Ana Holm said no.', 'a name the gazetteer knows'],
    ['Serbs Ana Holm met said no.', 'a group'],
    ['Croatian Ana Holm said no.', 'a nationality'],
    ['He said Tovah Ana Holm left.', 'not at a sentence start'],
    ['Tovah, Ana Holm said, left.', 'not right before the name'],
  ])('%s keeps Ana Holm alone (%s)', (text) => {
    expect(joined(text, 'Ana Holm')).toEqual(['Ana Holm']);
  });

  it('leaves a word another span holds', () => {
    const text = 'Oslo Ana Holm said no.';
    expect(joinNameParts(text, [span(text, 'Oslo', 'LOC'), span(text, 'Ana Holm')]).map((s) => s.text)).toEqual(['Oslo', 'Ana Holm']);
  });
});

describe('a patronymic written "Bin"', () => {
  it('joins the given name before it, with the title span the tagger made of them', () => {
    const text = 'Qatari Emir Omar Bin Karim al-Farsi arrived.';
    const out = joinNameParts(text, [span(text, 'Qatari Emir Omar', 'ORG'), span(text, 'Karim al-Farsi')]);
    expect(out.map((s) => [s.text, s.type])).toEqual([['Qatari Emir Omar Bin Karim al-Farsi', 'PER']]);
    expect(joined('Omar Bin Karim al-Farsi arrived.', 'Karim al-Farsi')).toEqual(['Omar Bin Karim al-Farsi']);
  });

  it('joins nothing before a lower-case word or another kind of span it does not reach', () => {
    expect(joined('They met Bin Karim al-Farsi.', 'Karim al-Farsi')).toEqual(['Karim al-Farsi']);
    const text = 'Oslo, Bin Karim al-Farsi said.';
    expect(joinNameParts(text, [span(text, 'Oslo', 'LOC'), span(text, 'Karim al-Farsi')]).map((s) => s.text)).toEqual(['Oslo', 'Karim al-Farsi']);
  });
});

describe('people the tagger took for another kind', () => {
  const text = 'Senator Ana Holm spoke. Holm and the Holm Institute replied.';
  const at = (name: string, from = 0) => text.indexOf(name, from);
  const mention = (name: string, kind: EntityMention['kind'], id: string, by = 'entities/tagger', from = 0): EntityMention => ({
    start: at(name, from),
    end: at(name, from) + name.length,
    text: name,
    kind,
    id,
    name,
    by,
  });
  const ctx = { articleId: 'a', text, reference: null };

  it('makes a surname or a whole name read as a place or an organisation the person', () => {
    const out = peopleOfOtherKinds(ctx, [mention('Ana Holm', 'PERSON', 'person:ana-holm'), mention('Holm', 'PLACE', 'place:holm', 'entities/tagger', 20)]);
    expect(out[1]).toMatchObject({ text: 'Holm', kind: 'PERSON', id: 'person:ana-holm', name: 'Ana Holm' });
    const whole = peopleOfOtherKinds(ctx, [mention('Ana Holm', 'PERSON', 'person:ana-holm'), { ...mention('Ana Holm', 'ORGANIZATION', 'organization:ana-holm'), start: 0 }]);
    expect(whole[1]).toMatchObject({ kind: 'PERSON', id: 'person:ana-holm' });
  });

  it('keeps longer names, names the gazetteer gave, and surnames two people share', () => {
    const institute = mention('Holm Institute', 'ORGANIZATION', 'organization:holm-institute');
    expect(peopleOfOtherKinds(ctx, [mention('Ana Holm', 'PERSON', 'person:ana-holm'), institute])[1]).toEqual(institute);
    const known = mention('Holm', 'PLACE', 'country:jordan', 'entities/tagger', 20);
    expect(peopleOfOtherKinds(ctx, [mention('Ana Holm', 'PERSON', 'person:ana-holm'), known])[1]).toEqual(known);
    const byGazetteer = mention('Holm', 'PLACE', 'place:holm', 'entities/gazetteer', 20);
    expect(peopleOfOtherKinds(ctx, [mention('Ana Holm', 'PERSON', 'person:ana-holm'), byGazetteer])[1]).toEqual(byGazetteer);
    const shared = mention('Holm', 'PLACE', 'place:holm', 'entities/tagger', 20);
    const two = [mention('Ana Holm', 'PERSON', 'person:ana-holm'), { ...mention('Ana Holm', 'PERSON', 'person:per-holm'), text: 'Per Holm' }, shared];
    expect(peopleOfOtherKinds(ctx, two)[2]).toEqual(shared);
  });
});
