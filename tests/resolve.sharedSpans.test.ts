// Wire copy (sharedSpans.ts): pages printing the same long run of prose, outside quotations, are
// one news cycle; an undated one is dated by its dated partners, the day before to the day after.
// Texts are written for these tests (invented countries and people).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest.js';
import { MAX_WIRE_ARTICLES, proseWords, sameWire, storyPostings, wireDays, wireKeys, WIRE_SPAN_WORDS } from '../src/resolve/sharedSpans.js';
import { openMemoryStore } from '../src/store/memory/memoryStore.js';
import { graphOf } from './support/graphOf.js';

// 24 words of agency prose.
const WIRE = 'Envoys from Norland and Suvia agreed late at night to reopen the border crossing at Velm for trucks carrying grain and medicine to the coast.';
const OTHER = 'The harbour at Kessa stayed closed for a third week while inspectors from both governments checked the cranes and the fuel depots along the quay.';

describe('sameWire: a shared run of prose of WIRE_SPAN_WORDS words', () => {
  it('finds the run whatever surrounds it, with case, punctuation and -ise/-ize folded', () => {
    const a = `Officials welcomed the step. ${WIRE} Markets rose.`;
    const b = `BORDER DEAL\n\n${WIRE.toUpperCase().replace('AGREED', 'AGREED,')} A spokesman gave no details.`;
    expect(sameWire(a, b)).toBe(true);
    expect(sameWire('They will organise a convoy of sixty trucks that will carry grain and medicine from the northern depots to the coast on Friday.', 'They will organize a convoy of sixty trucks that will carry grain and medicine from the northern depots to the coast on Friday.')).toBe(true);
  });

  it('negative: a shared run one word short of WIRE_SPAN_WORDS, or two different stories, is no wire copy', () => {
    const words = WIRE.split(' ');
    const short = words.slice(0, WIRE_SPAN_WORDS - 1).join(' ');
    expect(sameWire(`${short} were the words.`, `Yesterday ${short} again said someone.`)).toBe(false);
    expect(sameWire(WIRE, OTHER)).toBe(false);
  });

  it('negative: a long shared quotation is not prose (sharedQuotes.ts weighs quotes), and a quotation breaks a run', () => {
    expect(sameWire(`The envoy said: "${WIRE}"`, `"${WIRE}" the envoy told reporters.`)).toBe(false);
    const words = WIRE.split(' ');
    const broken = `${words.slice(0, 10).join(' ')} "we are glad," ${words.slice(10).join(' ')}`;
    expect(sameWire(broken, WIRE)).toBe(false);
    expect(proseWords('He said "no deal today" and left.')).toEqual(['he', 'said', '|', 'and', 'left']);
  });

  it('negative: an agency\'s rights notice, however long, is no wire copy; the prose around it is', () => {
    const notice = 'Copyright 2031 Norland Press Agency. All rights reserved. No part of this report may be copied, sold or sent on without the written consent of the agency.';
    expect(sameWire(`Markets fell. ${notice}`, `Harbour closed.\n${notice}`)).toBe(false);
    expect(sameWire(`${WIRE}\n© 2031 Norland Press`, `${WIRE}\nAll rights reserved.`)).toBe(true);
    expect(proseWords('Talks ended.\nCopyright 2031 NPA. All rights reserved.\nThey left.')).toEqual(['talks', 'ended', '|', 'they', 'left']);
  });
});

describe('wireKeys: winnowing fingerprints', () => {
  it('two texts sharing a run of WIRE_SPAN_WORDS words share a fingerprint, whatever surrounds it', () => {
    const a = wireKeys(`Officials welcomed the step on Wednesday. ${WIRE} Markets rose.`);
    const b = wireKeys(`${OTHER} ${WIRE}`);
    expect(a.some((k) => b.includes(k))).toBe(true);
  });

  it('keeps fewer fingerprints than words, and none for a text shorter than WIRE_SPAN_WORDS or for quotations', () => {
    const long = `${WIRE} ${OTHER} ${WIRE.replace('Velm', 'Oster')} ${OTHER.replace('Kessa', 'Lund')}`;
    expect(wireKeys(long).length).toBeGreaterThan(0);
    expect(wireKeys(long).length).toBeLessThan(long.split(' ').length / 2);
    expect(wireKeys('Officials welcomed the step.')).toEqual([]);
    expect(wireKeys(`"${WIRE}"`)).toEqual([]);
  });

  it('negative: a fingerprint filed under more than MAX_WIRE_ARTICLES articles (page chrome) ties no story; a quote hash does', () => {
    const many = Array.from({ length: MAX_WIRE_ARTICLES + 1 }, (_, i) => `article:${i}`);
    expect(storyPostings(wireKeys(WIRE)[0]!, many)).toEqual([]);
    expect(storyPostings(wireKeys(WIRE)[0]!, many.slice(0, 3))).toEqual(many.slice(0, 3));
    expect(storyPostings('0123456789abcdef', many)).toEqual(many);
  });
});

describe('wireDays: partners of one news day', () => {
  const on = (earliest: string, latest = earliest) => ({ publishedAt: { text: earliest, earliest, latest, granularity: 'day' as const, value: earliest } });

  it('keeps partners published within two days of each other', () => {
    expect(wireDays([on('2031-03-14'), on('2031-03-16')])).toHaveLength(2);
    expect(wireDays([on('2031-03-14')])).toHaveLength(1);
  });

  it('negative: partners days apart print a stock background paragraph, not one day\'s copy: none date the page', () => {
    expect(wireDays([on('2031-03-14'), on('2031-03-17')])).toEqual([]);
    expect(wireDays([on('2031-03-01', '2031-03-31')])).toEqual([]);
    expect(wireDays([])).toEqual([]);
  });
});

describe('dating by wire copy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-wire-'));
  const write = (name: string, text: string): string => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it('an undated page printing a dated page\'s wire copy was published the day before to the day after it', async () => {
    const dated = write('dated.txt', `date 2031-03-14 Border deal\n\n${WIRE}\n\nOfficials welcomed the step.`);
    const undated = write('undated.txt', `Grain trucks to cross at Velm\n\nA regional newspaper reported the news.\n\n${WIRE}`);
    const store = await openMemoryStore(mkdtempSync(join(tmpdir(), 'ng-wire-store-')));
    await ingest([undated, dated], store, { workers: 0 });
    const u = (await store.articles({ first: 10, offset: 0 })).items.find((a) => a.source === undated)!;
    expect(u.publishedAt).toMatchObject({ earliest: '2031-03-13', latest: '2031-03-15' });
    expect(u.publishedAt?.text).toMatch(/^same story as /);
  });

  it('a stored undated page is dated when its wire partner arrives in a later batch, as if they came together', async () => {
    const undated = write('undated3.txt', `Grain trucks to cross at Velm\n\nA regional newspaper reported the news.\n\n${WIRE}`);
    const dated = write('dated3.txt', `date 2031-03-14 Border deal\n\n${WIRE}\n\nOfficials welcomed the step.`);
    const store = await openMemoryStore(mkdtempSync(join(tmpdir(), 'ng-wire-store-')));
    await ingest([undated], store, { workers: 0 });
    expect((await store.articles({ first: 10, offset: 0 })).items[0]!.publishedAt).toBeNull();
    await ingest([dated], store, { workers: 0 });
    const u = (await store.articles({ first: 10, offset: 0 })).items.find((a) => a.source === undated)!;
    expect(u.publishedAt).toMatchObject({ earliest: '2031-03-13', latest: '2031-03-15' });
  });

  it('negative: a paragraph that dated pages ten days apart print too dates no page; a stored page it dated is dated again as if all came at once', async () => {
    const undated = write('undated5.txt', `Grain trucks to cross at Velm\n\nA regional newspaper reported the news.\n\n${WIRE}`);
    const first = write('dated5.txt', `date 2031-03-14 Border deal\n\n${WIRE}\n\nOfficials welcomed the step.`);
    const later = write('dated6.txt', `date 2031-03-24 Convoys roll\n\nThe first convoys reached the coast.\n\n${WIRE}`);
    const together = await openMemoryStore(mkdtempSync(join(tmpdir(), 'ng-wire-store-')));
    await ingest([undated, first, later], together, { workers: 0 });
    const u = (await together.articles({ first: 10, offset: 0 })).items.find((a) => a.source === undated)!;
    expect(u.publishedAt?.text ?? '').not.toMatch(/same story/);
    const inTurn = await openMemoryStore(mkdtempSync(join(tmpdir(), 'ng-wire-store-')));
    await ingest([undated, first], inTurn, { workers: 0 });
    expect((await inTurn.articles({ first: 10, offset: 0 })).items.find((a) => a.source === undated)!.publishedAt?.text).toMatch(/^same story as /);
    await ingest([later], inTurn, { workers: 0 });
    expect(await graphOf(inTurn)).toEqual(await graphOf(together));
  });

  it('negative: pages sharing only a short stock line (a notice of fewer than WIRE_SPAN_WORDS words) stay undated', async () => {
    const notice = 'All rights reserved. This material may not be copied, printed or sent on.';
    const dated = write('dated2.txt', `date 2031-03-14 Border deal\n\n${WIRE}\n\n${notice}`);
    const undated = write('undated2.txt', `Harbour closed\n\n${OTHER}\n\n${notice}`);
    const store = await openMemoryStore(mkdtempSync(join(tmpdir(), 'ng-wire-store-')));
    await ingest([dated, undated], store, { workers: 0 });
    const u = (await store.articles({ first: 10, offset: 0 })).items.find((a) => a.source === undated)!;
    expect(u.publishedAt).toBeNull();
  });
});
