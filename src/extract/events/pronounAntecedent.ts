// The person a personal pronoun subject ("he", "she") stands for when the clause layer cannot tell
// (a main clause of its own, or a main clause whose verb the tagger missed): the first person named
// in the sentence before the pronoun, else the first person of the sentence before, the one a news
// sentence is usually about; never one only reported as speaking. Deliberately shallow coreference
// (subject preference, as Hobbs's and centering accounts put it); none when no person is near.
// Example: "Tillerson is in the Gulf. He arrived on July 10 in Kuwait." -> Tillerson for "He".
import type { EntityMention, Span } from '../../model/index.js';
import { isSpeaker } from './speakers.js';

/** Where the sentence before `start` begins: after the last full stop, question or exclamation mark, or line break. */
export function previousSentenceStart(text: string, start: number): number {
  const before = text.slice(0, start).replace(/\s+$/, '');
  const head = before.slice(0, -1);
  let from = 0;
  for (const m of head.matchAll(/[.!?]["”’)]*\s+|\n/g)) from = m.index + m[0].length;
  return from;
}

export function pronounAntecedent(text: string, sentence: Pick<Span, 'start'>, pronounStart: number, mentions: readonly EntityMention[]): EntityMention | null {
  const person = (m: EntityMention, from: number, to: number) => m.kind === 'PERSON' && m.start >= from && m.end <= to && !isSpeaker(text, m);
  const here = mentions.find((m) => person(m, sentence.start, pronounStart));
  if (here) return here;
  const from = previousSentenceStart(text, sentence.start);
  return mentions.find((m) => person(m, from, sentence.start)) ?? null;
}
