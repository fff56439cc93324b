// A post quoted with its signature ("... — Leo Varadkar (@LeoVaradkar) April 11, 2019", the form
// embedded tweets take in a page's text) was written on the day it is signed with: what it tells
// in the present ("has arrived for talks", "are meeting now", "will now meet") happens that day.
// The signature's date is outside the post's clauses, so the clause rules never attach it.
// Contract: mutates the when and anchors of undated candidates whose trigger lies in a signed post
// told in the present, the present perfect, or "now"/"today"/"tonight"; a post in the simple past
// ("we met on Monday") or the plain future ("will meet next week") is left alone.
// Example: "Varadkar has arrived for talks with Johnson — Hugh O'Connell (@oconnellhugh) October 10, 2019"
//   -> the talks: 2019-10-10.
import type { Mentions, Span } from '../../model/index.js';
import type { SentenceClauses } from '../clauses/clauseTypes.js';
import type { ExtractContext } from '../context.js';
import type { Candidate } from './candidate.js';
import { siteOf } from './triggerSite.js';

/** The signature: a dash, a name of at most six words, a handle in brackets, then the date (matched as a time mention). */
const SIGNATURE = /[—–]\s+(?:[\p{L}.'’-]+\s+){0,5}[\p{L}.'’-]+\s+\(@\w{1,30}\)\s+$/u;
const NOW = /\b(?:now|today|tonight|this\s+(?:morning|afternoon|evening))\b/i;

export function datesFromPostedDay(ctx: ExtractContext, candidates: readonly Candidate[], mentions: Mentions, sentences: readonly Span[], doc: readonly SentenceClauses[]): void {
  for (const tm of mentions.times) {
    if (tm.span.granularity !== 'day' || !tm.span.earliest || tm.span.earliest !== tm.span.latest) continue;
    const si = sentences.findIndex((s) => s.start <= tm.start && tm.start < s.end);
    const sentence = sentences[si];
    if (!sentence) continue;
    const signature = SIGNATURE.exec(ctx.text.slice(sentence.start, tm.start));
    if (!signature) continue;
    const postEnd = sentence.start + signature.index;
    for (const c of candidates) {
      const t = c.triggers[0]!;
      if (c.when || c.aside || t.start < sentence.start || t.end > postEnd) continue;
      const v = siteOf(doc, t)?.clause.verb;
      if (!v || v.negated || v.mood !== 'realis' || v.tense === 'past') continue;
      const post = ctx.text.slice(sentence.start, postEnd);
      if (v.tense === 'future' && !NOW.test(post)) continue;
      c.when = tm.span;
      c.anchors.push('date');
    }
  }
}
