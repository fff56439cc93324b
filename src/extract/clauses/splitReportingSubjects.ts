// A chunk repair before clauses are split: "... in a call with Netanyahu and Hamdok, senior US
// officials said": the chunker may run the end of a clause and the subject of a reporting clause
// after it into one noun group. A noun group with a comma, right before a verb of speech, ends at
// its last comma and the subject begins after it, unless what follows the comma closes a list
// ("Merkel, Hollande and Putin said": one subject). Contract: pure; chunks in, chunks out.
// Example: words "with A and B , US officials said", chunks PP[with] NP[A and B , US officials] VP[said]
//   -> PP[with] NP[A and B] NP[US officials] VP[said]
import type { Chunk } from './clauseTypes.js';
import { clauseWords } from './clauseWords.js';
import { verbLemma } from './verbLemma.js';

export function splitReportingSubjects(words: readonly string[], chunks: readonly Chunk[]): Chunk[] {
  return chunks.flatMap((c, i) => {
    const next = chunks[i + 1];
    const comma = words.lastIndexOf(',', c.end - 1);
    const verb = next?.type === 'VP' && next.start === c.end ? verbLemma(words[next.end - 1]!.toLowerCase()) : '';
    if (c.type !== 'NP' || comma <= c.start || comma >= c.end - 1 || !clauseWords.speech.has(verb) || words.slice(comma + 1, c.end).some((w) => /^(?:and|or)$/i.test(w))) return [c];
    return [
      { type: 'NP', start: c.start, end: comma },
      { type: 'NP', start: comma + 1, end: c.end },
    ];
  });
}
