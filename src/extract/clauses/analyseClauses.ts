// The clause layer of an article, computed once per sentence and shared by every event rule:
// tokens with part of speech and chunks (the learned models of src/extract/nlp), then clauses
// (splitClauses). Contract: pure; sentences as splitSentences gives them.
// Example: analyseClauses('Biden met Putin in Geneva on June 16.')[0].clauses[0] ->
//   { kind: 'main', verb: { lemma: 'meet', tense: 'past' }, subject: Biden, objects: [Putin],
//     preps: [in Geneva, on June 16] }
import { analyseText } from '../nlp/analyseText.js';
import { tagSyntax } from '../nlp/tagSyntax.js';
import type { Token } from '../nlp/token.js';
import type { Chunk, SentenceClauses } from './clauseTypes.js';
import { clauseWords } from './clauseWords.js';
import { fixCaptionVerbs } from './fixCaptionVerbs.js';
import { frontedPrepSubject } from './frontedPrepSubject.js';
import { splitClauses } from './splitClauses.js';
import { splitReportingSubjects } from './splitReportingSubjects.js';

const QUOTE = /^(?:["“”]|``|''|[‘’'](?=$))$/u;

/**
 * `wanted` (a character span test) limits the work to the sentences event rules read: tagging parts
 * of speech and chunks costs more than the rest of extraction, and a sentence with no trigger needs
 * no clauses. Sentences left out are absent from the result (siteOf finds nothing there).
 */
export function analyseClauses(text: string, wanted?: (start: number, end: number) => boolean): SentenceClauses[] {
  const sentences = wanted ? analyseText(text).filter((s) => wanted(s.start, s.end)) : analyseText(text);
  // Quotation marks are tagged apart: 'a "beautiful letter"' is one noun phrase to the chunker only
  // without them. The taggers learned straight apostrophes (CoNLL-2003): "Pompeo’s" is a possessive.
  const kept = sentences.map((s) => s.tokens.map((t, k) => (QUOTE.test(t.text) ? -1 : k)).filter((k) => k >= 0));
  const plain = sentences.map((s, i) => ({ ...s, tokens: kept[i]!.map((k) => ({ ...s.tokens[k]!, text: s.tokens[k]!.text.replace(/[’‘]/g, "'") })) }));
  const syntax = tagSyntax(plain);
  return sentences.map((s, i) => {
    const words = plain[i]!.tokens.map((t) => t.text);
    const captions = fixCaptionVerbs(words, syntax[i]!.pos, syntax[i]!.chunks as Chunk[]);
    const names = fixCapitalisedVerbs(words, captions.pos, captions.chunks);
    const { pos: keptPos, chunks: keptChunks } = fixSubordinateParticiples(words, names.pos, splitReportingSubjects(words, names.chunks));
    const { pos, chunks } = withQuotes(s.tokens, text, kept[i]!, keptPos, keptChunks);
    const { clauses, clauseOf } = splitClauses(s.tokens, pos, chunks);
    frontedPrepSubject(clauses, s.tokens.map((t) => t.text), chunks);
    return { start: s.start, end: s.end, tokens: s.tokens, pos, chunks, clauses, clauseOf };
  });
}

/**
 * "Kim's trip to Seoul": a capitalised word inside a sentence that the tagger read as a base verb
 * after "to" is a name, and "to" its preposition. The taggers see few such names after "to".
 */
function fixCapitalisedVerbs(words: readonly string[], pos: readonly string[], chunks: readonly Chunk[]): { pos: string[]; chunks: Chunk[] } {
  const fixed = [...pos];
  const out: Chunk[] = [];
  for (const c of chunks) {
    const name = c.type === 'VP' && c.end - c.start === 2 && words[c.start]!.toLowerCase() === 'to' && /^(?:VB|VBP)$/.test(pos[c.start + 1]!) && /^\p{Lu}\p{Ll}/u.test(words[c.start + 1]!) && c.start > 0;
    if (!name) {
      out.push(c);
      continue;
    }
    fixed[c.start] = 'IN';
    fixed[c.start + 1] = 'NNP';
    out.push({ type: 'PP', start: c.start, end: c.start + 1 }, { type: 'NP', start: c.start + 1, end: c.end });
  }
  return { pos: fixed, chunks: out };
}

/**
 * "while maintaining sanctions", "after meeting Kim": an -ing word right after a subordinating word
 * is the verb of the clause it opens, though the taggers read it as the first word of a noun group;
 * not when a verb follows before the next comma ("while ongoing talks continue").
 */
function fixSubordinateParticiples(words: readonly string[], pos: readonly string[], chunks: readonly Chunk[]): { pos: string[]; chunks: Chunk[] } {
  const fixed = [...pos];
  const out: Chunk[] = [];
  for (const c of chunks) {
    const i = c.start;
    const comma = words.indexOf(',', i);
    const stop = comma < 0 ? words.length : comma;
    const participle =
      c.type === 'NP' && i > 0 && /^(?:VBG|JJ|NN)$/.test(pos[i]!) && /..ing$/i.test(words[i]!) && clauseWords.adverbial.has(words[i - 1]!.toLowerCase()) &&
      !chunks.some((v) => v.type === 'VP' && v.start > i && v.start < stop);
    if (!participle) {
      out.push(c);
      continue;
    }
    fixed[i] = 'VBG';
    out.push({ type: 'VP', start: i, end: i + 1 });
    if (c.end > i + 1) out.push({ type: 'NP', start: i + 1, end: c.end });
  }
  return { pos: fixed, chunks: out };
}

/** Part-of-speech tags and chunks of the tokens without quotation marks, laid back over all tokens. */
function withQuotes(tokens: readonly Token[], text: string, kept: readonly number[], pos: readonly string[], chunks: readonly Chunk[]): { pos: string[]; chunks: Chunk[] } {
  const words = tokens.map((t) => t.text);
  // Opening and closing marks: curly ones say which; a straight one opens when a space or the line's start is before it.
  const full: string[] = tokens.map((t) => (/^[“`]/.test(t.text) || (t.text === '"' && (t.start === 0 || /\s/.test(text[t.start - 1]!))) ? '``' : "''"));
  kept.forEach((k, j) => (full[k] = pos[j]!));
  // A noun phrase takes in the quotation marks around it ("“behind-the-scenes talks”").
  const isQuote = (k: number) => k >= 0 && k < words.length && !kept.includes(k);
  return {
    pos: full,
    chunks: chunks.map((c) => {
      let start = kept[c.start]!;
      let end = kept[c.end - 1]! + 1;
      if (c.type === 'NP') {
        while (isQuote(start - 1) && full[start - 1] === '``') start--;
        while (isQuote(end) && full[end] === "''") end++;
      }
      return { type: c.type, start, end };
    }),
  };
}
