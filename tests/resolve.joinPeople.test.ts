// One person written two ways across articles is one node (issue 16): shorter forms and
// misspellings join the one node they can be, and nothing else joins. Invented names only.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest.js';
import { openMemoryStore } from '../src/store/memory/memoryStore.js';
import type { ArticleExtraction } from '../src/extract/pipeline.js';
import type { Entity } from '../src/model/index.js';
import { joinPeople } from '../src/resolve/joinPeople.js';
import { isMisspelling, isShorterForm } from '../src/resolve/nameVariants.js';
import { personSlug, personWords, writtenPersonWords } from '../src/extract/entities/personKey.js';
import { renameEntities } from '../src/resolve/renameEntities.js';

const person = (name: string): Entity => ({ id: `person:${personSlug(name)}`, kind: 'PERSON', name, aliases: [] });
const words = (name: string) => personWords(name);
const written = (name: string) => writtenPersonWords(name);
const nobodyKnown = () => false;
const joined = (map: Map<string, Entity>) => Object.fromEntries([...map].map(([from, to]) => [from, to.id]));

describe('nameVariants: shorter forms', () => {
  it.each([
    ['Ana Ruiz', 'Ana Ruiz Vega'],
    ['Tomas Berg', 'Erik Tomas Berg'],
    ['Lina Osei', 'Lina Abena de la Cruz Osei'],
    ['Nasir bin Adil', 'Nasir bin Adil Al Farsi'],
    ['Nasir Al Farsi', 'Nasir al-Karim al-Farsi'],
    ['Tomas Berg', 'Tomas Erik Berg Jr.'],
  ])('"%s" is a shorter form of "%s"', (short, long) => {
    expect(isShorterForm(words(short), words(long))).toBe(true);
  });

  it.each([
    ['Adil Al Farsi', 'Nasir bin Adil Al Farsi', 'starts at the father\'s name'],
    ['Ana Vega', 'Rosa Ana Vega Ruiz', 'shares neither the first nor the last word'],
    ['Ana Ruiz', 'Ana Ruiz', 'the same name'],
    ['Ruiz', 'Ana Ruiz', 'one word'],
    ['Vega Ruiz', 'Ana Ruiz Vega', 'words out of order'],
    ['Ana Ruiz Vega', 'Ana Ruiz', 'the longer is no shorter form'],
  ])('"%s" is no shorter form of "%s" (%s)', (short, long) => {
    expect(isShorterForm(words(short), words(long))).toBe(false);
  });
});

describe('nameVariants: misspellings', () => {
  it.each([
    ['Karan Mehtani', 'Karan Mehatni', 'two letters swapped'],
    ['Vladmir Orlev', 'Vladimir Orlev', 'a letter dropped'],
    ['Petra Hollanders', 'Petra Hollandrs', 'a letter dropped near the end'],
    ['Nasir al-Adil Al Farsi', 'Nasir al-Adil A Farsi', 'the Arabic article with a letter dropped'],
    ['Nasir Adil Farsi', 'Nasir Adil al-Farsi', 'the Arabic article left out'],
  ])('"%s" and "%s" are one name (%s)', (a, b) => {
    expect(isMisspelling(written(a), written(b))).toBe(true);
  });

  it.each([
    ['Mariana Costello', 'Mariano Costello', 'a changed letter makes another name'],
    ['Jon Berg', 'John Berg', 'a short word'],
    ['Karan Mehtani', 'Kiran Mehnati', 'two words differ'],
    ['Karan Mehtani', 'Karan Mehtani Rao', 'not the same number of words'],
    ['Daniel Osterberg', 'Daniel Ostenbreg', 'two slips in one word'],
    ['Nasir Adil al-Farsi', 'Nasir Adel Farsi', 'the article and another word differ'],
    ['Nasir al-Adil', 'Nasir', 'one word'],
  ])('"%s" and "%s" are two names (%s)', (a, b) => {
    expect(isMisspelling(written(a), written(b))).toBe(false);
  });
});

describe('joinPeople', () => {
  it('joins a shorter form to the fuller name, whichever the batch names first', () => {
    const map = joinPeople([person('Ana Ruiz'), person('Ana Ruiz Vega')], [], nobodyKnown);
    expect(joined(map)).toEqual({ 'person:ana-ruiz': 'person:ana-ruiz-vega' });
    expect(joined(joinPeople([person('Ana Ruiz Vega'), person('Ana Ruiz')], [], nobodyKnown))).toEqual(joined(map));
  });

  it('keeps the node the store holds, and the one the gazetteer knows', () => {
    expect(joined(joinPeople([person('Ana Ruiz Vega')], [person('Ana Ruiz')], nobodyKnown))).toEqual({ 'person:ana-ruiz-vega': 'person:ana-ruiz' });
    const known = (id: string) => id === 'person:nasir-bin-adil';
    expect(joined(joinPeople([person('Nasir bin Adil Al Farsi'), person('Nasir bin Adil')], [], known))).toEqual({ 'person:nasir-bin-adil-alfarsi': 'person:nasir-bin-adil' });
  });

  it('takes the spelling more articles use', () => {
    const batch = [person('Karan Mehatni'), person('Karan Mehtani'), person('Karan Mehtani')];
    expect(joined(joinPeople(batch, [], nobodyKnown))).toEqual({ 'person:karan-mehatni': 'person:karan-mehtani' });
    expect(joined(joinPeople([person('Karan Mehatni'), person('Karan Mehatni'), person('Karan Mehtani')], [], nobodyKnown))).toEqual({ 'person:karan-mehtani': 'person:karan-mehatni' });
  });

  it('joins a misspelling of a name that is also a transliteration\'s', () => {
    expect(joined(joinPeople([person('Vladmir Orlev'), person('Vladimir Orlev'), person('Vladimir Orlev')], [], nobodyKnown))).toEqual({ 'person:vladmir-orlev': 'person:volodymyr-orlev' });
  });

  it('joins none of several people a name can be a form of', () => {
    const map = joinPeople([person('Ana Ruiz'), person('Ana Ruiz Vega'), person('Ana Maria Ruiz')], [], nobodyKnown);
    expect(joined(map)).toEqual({});
  });

  it('never joins two people the gazetteer knows, nor stored people, nor other kinds', () => {
    const known = () => true;
    expect(joined(joinPeople([person('Ana Ruiz'), person('Ana Ruiz Vega')], [], known))).toEqual({});
    expect(joined(joinPeople([], [person('Ana Ruiz'), person('Ana Ruiz Vega')], nobodyKnown))).toEqual({});
    const org: Entity = { id: 'organization:ana-ruiz-vega', kind: 'ORGANIZATION', name: 'Ana Ruiz Vega', aliases: [] };
    expect(joined(joinPeople([person('Ana Ruiz'), org], [], nobodyKnown))).toEqual({});
  });

  it('does not join a son to his father\'s family name', () => {
    expect(joined(joinPeople([person('Adil Al Farsi'), person('Nasir bin Adil Al Farsi')], [], nobodyKnown))).toEqual({});
  });
});

describe('renameEntities', () => {
  it('moves mentions, participants and places to the node, keeping the old name as an alias', () => {
    const evidence = [{ article: 'a1', sentence: 0, text: 'Ana Ruiz met Ana Ruiz Vega.' }];
    const x = {
      article: { id: 'a1' },
      entities: [person('Ana Ruiz'), person('Ana Ruiz Vega')],
      mentions: { entities: [{ start: 0, end: 8, text: 'Ana Ruiz', kind: 'PERSON', id: 'person:ana-ruiz', name: 'Ana Ruiz', by: 't' }], times: [], triggers: [] },
      events: [{ id: 'e1', participants: [{ entity: 'person:ana-ruiz', role: 'participant', evidence }, { entity: 'person:ana-ruiz-vega', role: 'participant', evidence }], place: null }],
    } as unknown as ArticleExtraction;
    const out = renameEntities(x, new Map([['person:ana-ruiz', person('Ana Ruiz Vega')]]));
    expect(out.entities).toEqual([{ id: 'person:ana-ruiz-vega', kind: 'PERSON', name: 'Ana Ruiz Vega', aliases: ['Ana Ruiz'] }]);
    expect(out.mentions.entities[0]).toMatchObject({ id: 'person:ana-ruiz-vega', name: 'Ana Ruiz Vega', text: 'Ana Ruiz' });
    expect(out.events[0]!.participants).toEqual([{ entity: 'person:ana-ruiz-vega', role: 'participant', evidence: [...evidence, ...evidence] }]);
  });
});

describe("joining across batches (the store's name postings)", () => {
  const write = (dir: string, name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it('a shorter form in a later batch joins the person a stored article named in full', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-join-'));
    const store = await openMemoryStore(mkdtempSync(join(tmpdir(), 'ng-join-store-')));
    await ingest([write(dir, 'a.txt', 'date 2031-03-14 Foreign Minister Ana Ruiz Vega met Tomas Kell in Oslo on Friday.')], store, { workers: 0 });
    await ingest([write(dir, 'b.txt', 'date 2031-03-20 Foreign Minister Ana Ruiz flew to Rome on Monday, officials said.')], store, { workers: 0 });
    const people = (await store.entities({ kind: 'PERSON', first: 50, offset: 0 })).items.map((e) => e.id).sort();
    expect(people).toContain('person:ana-ruiz-vega');
    expect(people).not.toContain('person:ana-ruiz');
  });

  it('negative: a stored person who shares no name word is not looked at, and two different people stay two', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-join-'));
    const store = await openMemoryStore(mkdtempSync(join(tmpdir(), 'ng-join-store-')));
    await ingest([write(dir, 'a.txt', 'date 2031-03-14 Foreign Minister Ana Ruiz Vega met Tomas Kell in Oslo on Friday.')], store, { workers: 0 });
    await ingest([write(dir, 'b.txt', 'date 2031-03-20 Foreign Minister Lena Ruiz flew to Rome on Monday, officials said.')], store, { workers: 0 });
    const people = (await store.entities({ kind: 'PERSON', first: 50, offset: 0 })).items.map((e) => e.id);
    expect(people).toEqual(expect.arrayContaining(['person:ana-ruiz-vega', 'person:lena-ruiz']));
  });
});
