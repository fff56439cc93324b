// A body's office a page names without its holder ("a letter to the UN secretary-general") is the
// holder other pages of the same weeks name with that title (issue 13); never one seen a year away,
// never one of two, and the body itself when no page of those weeks names one. Invented names.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/pipeline.js';
import { cleanArticle } from '../src/read/cleanArticle.js';
import { resolveBatch } from '../src/resolve/resolveBatch.js';
import { openMemoryStore } from '../src/store/memory/memoryStore.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const extraction = (source: string, text: string) => extractArticle(cleanArticle({ source, text }).articles[0]!);
const NAMED = 'date 2031-07-13 UN Secretary-General Lena Marsh opened the session in Geneva on Thursday.';
const UNNAMED = (day: string) => `date ${day} The envoy said on Tuesday that he had written to the UN secretary-general about the ceasefire.`;

async function idsOf(texts: string[], name: string): Promise<string[]> {
  const batch = texts.map((t, i) => extraction(`${i}.txt`, t));
  const { extractions } = await resolveBatch(batch, await openMemoryStore(mkdtempSync(join(tmpdir(), 'ng-body-'))));
  return extractions[texts.indexOf(name)]!.entities.map((e) => e.id).sort();
}

describe('body office slots are filled across pages', () => {
  it('fills "the UN secretary-general" with the holder another page of the same weeks names', async () => {
    const ids = await idsOf([NAMED, UNNAMED('2031-07-22')], UNNAMED('2031-07-22'));
    expect(ids).toContain('person:lena-marsh');
    expect(ids.some((id) => id.startsWith('person:body-office-'))).toBe(false);
  });

  it('negative: a holder seen a year away, or two holders of the weeks, fill nothing: the slot is the body', async () => {
    const later = await idsOf([NAMED, UNNAMED('2032-07-22')], UNNAMED('2032-07-22'));
    expect(later).toContain('organization:united-nations');
    expect(later).not.toContain('person:lena-marsh');
    const other = 'date 2031-07-14 UN Secretary-General Omar Rafi spoke in New York on Friday.';
    const two = await idsOf([NAMED, other, UNNAMED('2031-07-22')], UNNAMED('2031-07-22'));
    expect(two).toContain('organization:united-nations');
    expect(two.filter((id) => id.startsWith('person:'))).toEqual([]);
  });

  it('negative: a former holder named with the title files no posting', async () => {
    const former = 'date 2031-07-13 Former UN Secretary-General Lena Marsh opened the session in Geneva on Thursday.';
    const ids = await idsOf([former, UNNAMED('2031-07-22')], UNNAMED('2031-07-22'));
    expect(ids).not.toContain('person:lena-marsh');
  });
});
