// Photo credits, bylines, author lines and hover-card repeats in reading (issue 16): their names
// become the article's metadata and leave the text; lines that only look alike stay. Invented names.
import { describe, expect, it } from 'vitest';
import { CHROME_RULES, dropLinkTeaser } from '../src/read/chromeRules.js';
import { cleanArticle } from '../src/read/cleanArticle.js';
import { collapseHoverCards } from '../src/read/collapseHoverCards.js';
import { takePhotoCredit } from '../src/read/photoCredits.js';
import { takeBylines } from '../src/read/takeBylines.js';

describe('takePhotoCredit', () => {
  it.each([
    ['Ivan Petrov arrives in Oslo, May 2, 2019. Jane Roe/AP', 'Ivan Petrov arrives in Oslo, May 2, 2019.', ['Jane Roe']],
    ['Ivan Petrov arrives in Oslo, May 2, 2019. (Ana Lima/Pool via Reuters)', 'Ivan Petrov arrives in Oslo, May 2, 2019.', ['Ana Lima']],
    ['Ivan Petrov and Ana Holm meet in Oslo. REUTERS/Ben Dale/Pool', 'Ivan Petrov and Ana Holm meet in Oslo.', ['Ben Dale']],
    ['Ivan Petrov in Oslo. Photograph: Mira Stone/US Embassy Oslo/handout/EPA', 'Ivan Petrov in Oslo.', ['Mira Stone']],
    ['Ivan Petrov waves. Credit: © Karl Mund, AP Photo', 'Ivan Petrov waves.', ['Karl Mund']],
    ['Ivan Petrov waves. — Photos: AFP', 'Ivan Petrov waves.', []],
    ['Ivan Petrov waves. (Official White House Photo by Lena Dorn)', 'Ivan Petrov waves.', ['Lena Dorn']],
    ['Karl Mund | TASS | Getty Images', '', ['Karl Mund']],
    ['Image: picture-alliance/dpa/N. Maxova', '', ['N. Maxova']],
    ['Getty Images', '', []],
    ['File Photo', '', []],
    ['Tom Vale | File photo', 'Tom Vale', []],
    ['President Ana Holm | KARL MUND/Getty Images', 'President Ana Holm', ['Karl Mund']],
    ['Joe Dane, AFP | Foreign Minister Ivan Petrov speaks in Oslo.', 'Foreign Minister Ivan Petrov speaks in Oslo.', ['Joe Dane']],
  ])('%s', (line, text, names) => {
    expect(takePhotoCredit(line)).toEqual({ line: text, names });
  });

  it.each([
    'Trucks waited at the U.S./Canada border on Monday.',
    'The Petrov/Holm plan was put to the ministers.',
    'By Ana Lima, Associated Press',
    'A Reuters/Ipsos poll showed support for the deal.',
    'Ivan Petrov met Ana Holm in Oslo on Friday.',
    'Officials said the talks would go on (see below).',
  ])('leaves a line that is no credit: %s', (line) => {
    expect(takePhotoCredit(line)).toEqual({ line, names: [] });
  });
});

describe('takeBylines', () => {
  it('takes byline lines, a byline ending a standfirst, author links and staff credits', () => {
    const lines = ['Ministers agree new curbs on steel imports. By Ana Lima & Ben Dale', '', 'Ivan Petrov said the curbs would start in May.', 'More from Karl Mund', 'Wire Staff'];
    const got = takeBylines(lines, null);
    expect(got.kept).toEqual(['Ministers agree new curbs on steel imports.', '', 'Ivan Petrov said the curbs would start in May.']);
    expect(got.bylines).toEqual(['Ana Lima & Ben Dale', 'Karl Mund', 'Wire Staff']);
    expect(got.names).toEqual(expect.arrayContaining(['Ana Lima', 'Ben Dale', 'Karl Mund']));
  });

  it('takes a name alone before the date line, and the author card and bio repeating it', () => {
    // cleanArticle has already taken the date line out of index 1.
    const lines = ['Lena Dorn', 'Ivan Petrov met Ana Holm in Oslo on Friday.', 'Lena Dorn', 'Lena Dorn covers the Nordic countries.'];
    const got = takeBylines(lines, 1);
    expect(got.kept).toEqual(['Ivan Petrov met Ana Holm in Oslo on Friday.']);
    expect(got.bylines).toEqual(['Lena Dorn']);
  });

  it('takes the names of a story first reported elsewhere, with the note', () => {
    const got = takeBylines(['Ivan Petrov resigned.', 'This story was first published by Example News. It was originally reported by Ana Lima and Ben Dale on example.com on May 3.'], null);
    expect(got.kept).toEqual(['Ivan Petrov resigned.']);
    expect(got.names).toEqual(expect.arrayContaining(['Ana Lima', 'Ben Dale']));
  });

  it('takes author cards, post bylines, reporters opening a dateline, correspondents\' lead-ins and a name before the first paragraph', () => {
    const body = 'Norwegian Prime Minister Ana Holm and Russian envoy Ivan Petrov met in Oslo on Sunday to discuss fishing rights in the Barents Sea and the quotas for next year, officials said.';
    const lines = ['Lena Dorn, author of from Oslo', 'From Example’s Karl Mund in Bergen, Norway', 'Tom Vale / Rita Sand Oslo/Bergen, May 3:', 'Our correspondent, Mira Stone, reported from Kyiv:', 'Ola Berg', body];
    const got = takeBylines(lines, null);
    expect(got.kept).toEqual(['Oslo/Bergen, May 3:', body]);
    expect(got.names).toEqual(expect.arrayContaining(['Lena Dorn', 'Karl Mund', 'Tom Vale', 'Rita Sand', 'Mira Stone', 'Ola Berg']));
  });

  it('keeps names set apart by a slash in a sentence, and a name line before a heading', () => {
    const lines = ['Ivan Petrov / Ana Holm plan was put to ministers today.', 'Ola Berg', 'Fishing talks', 'Ola Berg said the talks had gone well.'];
    expect(takeBylines(lines, null)).toEqual({ kept: lines, bylines: [], names: [] });
  });

  it('keeps a tag line before the date that the text names again, sentences opening with "By", and names in the body', () => {
    const lines = ['Norway Ivan Petrov', 'Ivan Petrov met Ana Holm.', 'By Tuesday, the talks had stalled.', 'Ana Holm', 'Ana Holm said she would return.'];
    const got = takeBylines(lines, 1);
    expect(got.kept).toEqual(lines);
    expect(got.bylines).toEqual([]);
  });
});

describe('collapseHoverCards', () => {
  it('keeps one name of a hover-card repeat and drops the card up to its MORE link', () => {
    expect(collapseHoverCards('Secretary of State Ana LimaAna Lima said on Friday.')).toBe('Secretary of State Ana Lima said on Friday.');
    expect(collapseHoverCards('Minister Ivan PetrovIvan PetrovSteel curbs start in May | Ports reopen MORE met Ana Holm.')).toBe('Minister Ivan Petrov met Ana Holm.');
  });

  it('leaves words that only repeat', () => {
    for (const line of ['They sailed to Bora Bora in May.', 'It was a very very long night.', 'ABBA played.', 'The Walla Walla talks ended.']) expect(collapseHoverCards(line)).toBe(line);
  });
});

describe('cleanArticle: credits and bylines are metadata', () => {
  it('keeps one caption without its credit, and the photographer and author beside the text', () => {
    const text = [
      'Ivan Petrov arrives in Oslo on May 2, 2019.',
      '',
      'Ivan Petrov arrives in Oslo on May 2, 2019. Jane Roe/AP',
      '',
      'Petrov and Holm agree steel deal',
      '',
      'Lena Dorn',
      'May 3, 2019',
      '',
      'Norwegian Prime Minister Ana Holm and Ivan Petrov agreed on Thursday to lift steel tariffs.',
      'Lena Dorn covers the Nordic countries.',
    ].join('\n');
    const a = cleanArticle({ source: 'a.txt', text }).articles[0]!;
    expect(a.author).toBe('Lena Dorn');
    expect(a.photographers).toEqual(['Jane Roe']);
    expect(a.text).not.toMatch(/Jane Roe|Lena Dorn/);
    expect(a.text.match(/arrives in Oslo/g)).toHaveLength(1);
    expect(a.text).toContain('Norwegian Prime Minister Ana Holm and Ivan Petrov agreed');
  });
});

describe('link teasers and reading times', () => {
  it('drops a "Read ... here." or "Watch video report" sentence ending a paragraph, and a reading-time line', () => {
    expect(dropLinkTeaser('Talks resume today. Read our editor Ana Lima’s analysis of the deal here.')).toBe('Talks resume today.');
    expect(dropLinkTeaser('Watch video report from Example’s Karl Mund.')).toBe('');
    expect(CHROME_RULES.some((r) => r.test('1 Min Read'))).toBe(true);
  });

  it('keeps sentences that only start alike', () => {
    for (const line of ['Read the treaty, officials said, and you will see the limits.', 'See you in Oslo, Holm told Petrov.', 'Watch what they do, not what they say.']) expect(dropLinkTeaser(line)).toBe(line);
    expect(CHROME_RULES.some((r) => r.test('Ministers read the minutes'))).toBe(false);
  });
});
