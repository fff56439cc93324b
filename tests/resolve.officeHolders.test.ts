// An office a page names without its holder is the holder other pages of the same weeks name
// (issue 13), in one batch or a later one; never a holder seen a year away, never one of two, and
// the country itself when no page of those weeks names one. Invented names throughout.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest.js';
import { extractArticle } from '../src/extract/pipeline.js';
import { cleanArticle } from '../src/read/cleanArticle.js';
import { resolveBatch } from '../src/resolve/resolveBatch.js';
import { openMemoryStore } from '../src/store/memory/memoryStore.js';

const extraction = (source: string, text: string) => extractArticle(cleanArticle({ source, text }).articles[0]!);
const store = () => openMemoryStore(mkdtempSync(join(tmpdir(), 'ng-offices-')));
const NAMED = 'date 2031-07-13 Qatari Emir Sheikh Nasir Kamal received the envoy in Doha on Thursday.';
const UNNAMED = (day: string) => `date ${day} The envoy said on Tuesday after meeting with Qatar's emir that talks went well.`;

async function idsOf(texts: string[], name: string): Promise<string[]> {
  const batch = texts.map((t, i) => extraction(`${i}.txt`, t));
  const { extractions } = await resolveBatch(batch, await store());
  return extractions[texts.indexOf(name)]!.entities.map((e) => e.id).sort();
}

describe('office slots are filled across pages', () => {
  it('fills "Qatar’s emir" with the emir another page of the same weeks names', async () => {
    const ids = await idsOf([NAMED, UNNAMED('2031-07-12')], UNNAMED('2031-07-12'));
    expect(ids).toContain('person:nasir-kamal');
    expect(ids.some((id) => id.startsWith('person:office-'))).toBe(false);
  });

  it('finds the holder a page of an earlier batch named (resolve postings)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-offices-texts-'));
    const s = await store();
    writeFileSync(join(dir, 'a.txt'), NAMED);
    await ingest([join(dir, 'a.txt')], s, { workers: 0 });
    const { extractions } = await resolveBatch([extraction('b.txt', UNNAMED('2031-07-20'))], s);
    expect(extractions[0]!.entities.map((e) => e.id)).toContain('person:nasir-kamal');
  });

  it('negative: a holder seen a year away, or two holders of the weeks, fill nothing: the slot is the country', async () => {
    const later = await idsOf([NAMED, UNNAMED('2032-07-12')], UNNAMED('2032-07-12'));
    expect(later).toContain('country:qatar');
    expect(later).not.toContain('person:nasir-kamal');
    const other = 'date 2031-07-14 Qatari Emir Sheikh Omar Rafi spoke in Doha on Friday.';
    const two = await idsOf([NAMED, other, UNNAMED('2031-07-12')], UNNAMED('2031-07-12'));
    expect(two).toContain('country:qatar');
    expect(two.filter((id) => id.startsWith('person:'))).toEqual([]);
  });
});
