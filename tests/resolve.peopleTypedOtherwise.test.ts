// A name the tagger typed as an organisation or a place in one article, that other articles name as
// a person, is that person across articles (issue 13: one person, two nodes, the lookup finding the
// wrong one). Invented names only.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest.js';
import type { Entity } from '../src/model/index.js';
import { recordedExtraction } from '../src/resolve/articleState.js';
import { joinBatchPeople } from '../src/resolve/joinBatchPeople.js';
import { peopleTypedOtherwise } from '../src/resolve/peopleTypedOtherwise.js';
import { openMemoryStore } from '../src/store/memory/memoryStore.js';

const entity = (id: string, kind: Entity['kind'], name: string, aliases: string[] = []): Entity => ({ id, kind, name, aliases });
const ana = entity('person:ana-holm', 'PERSON', 'Ana Holm');
const nobodyKnown = () => false;
const joined = (map: Map<string, Entity>) => Object.fromEntries([...map].map(([from, to]) => [from, to.id]));

describe('peopleTypedOtherwise', () => {
  it('joins an organisation or a place with a person\'s whole name (or a whole-name alias) to that person', () => {
    const others = [entity('organization:ana-holm', 'ORGANIZATION', 'Ana Holm'), entity('place:tove-ek', 'PLACE', 'Tove Ek')];
    const people = [ana, entity('person:tove-lind-ek', 'PERSON', 'Tove Lind-Ek', ['Tove Ek'])];
    expect(joined(peopleTypedOtherwise(others, people, nobodyKnown))).toEqual({ 'organization:ana-holm': 'person:ana-holm', 'place:tove-ek': 'person:tove-lind-ek' });
  });

  it('negative: one-word names, names the gazetteer knows, a name two people bear and other names join nothing', () => {
    const others = [
      entity('place:holm', 'PLACE', 'Holm'),
      entity('organization:ana-holm', 'ORGANIZATION', 'Ana Holm'),
      entity('organization:bo-lind', 'ORGANIZATION', 'Bo Lind'),
      entity('organization:ana-holm-foundation', 'ORGANIZATION', 'Ana Holm Foundation'),
    ];
    const people = [ana, entity('person:bo-lind', 'PERSON', 'Bo Lind'), entity('person:bo-lind-2', 'PERSON', 'Bo Lind')];
    expect(joined(peopleTypedOtherwise(others, people, (id) => id === 'organization:ana-holm'))).toEqual({});
  });

  it('leaves people alone: only other kinds join', () => {
    expect(joined(peopleTypedOtherwise([entity('person:ana-holm-2', 'PERSON', 'Ana Holm')], [ana], nobodyKnown))).toEqual({});
  });
});

describe('joinBatchPeople with names typed otherwise', () => {
  it('renames the organisation to the stored person, kind and mentions included, keeping its events\' parties', async () => {
    const store = await openMemoryStore(mkdtempSync(join(tmpdir(), 'ng-typed-')));
    const dir = mkdtempSync(join(tmpdir(), 'ng-typed-src-'));
    writeFileSync(join(dir, 'a.txt'), 'date 2031-03-14 Foreign Minister Ana Holm met Tomas Kell in Oslo on Friday.');
    await ingest([join(dir, 'a.txt')], store, { workers: 0 });
    const x = recordedExtraction({ id: 'article:b', source: 'test', text: 'Ana Holm said so.', publishedAt: null, dateSource: 'none' });
    const typed = { ...x, entities: [entity('organization:ana-holm', 'ORGANIZATION', 'Ana Holm')], mentions: { ...x.mentions, entities: [{ id: 'organization:ana-holm', kind: 'ORGANIZATION' as const, name: 'Ana Holm', text: 'Ana Holm', start: 0, end: 8, by: 'entities/tagger' }] } };
    const [out] = await joinBatchPeople([typed], store);
    expect(out!.entities).toEqual([{ id: 'person:ana-holm', kind: 'PERSON', name: 'Ana Holm', aliases: [] }]);
    expect(out!.mentions.entities.map((m) => [m.id, m.kind])).toEqual([['person:ana-holm', 'PERSON']]);
    await store.close();
  });
});
