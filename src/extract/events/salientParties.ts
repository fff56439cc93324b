// Definite reference to the article's own story: "the Hanoi summit in February", "The summit fell
// apart" name no parties, yet a reader knows whose summit it is: the pair the article keeps
// pairing. A gathering told by a definite noun phrase ("the", "this", "that" opening the noun
// group of its trigger) that has no parties of its own after within-article merging takes the
// article's salient pair: the two people (or, when no two people are paired, two countries) that
// its other candidates name together most often, at least twice, when one pair leads. An
// indefinite "a summit" or "another summit" is a new event and stays without parties.
// Example: "Trump and Kim exchanged letters ... a third summit between Trump and Kim ... the talks
// broke down at the Hanoi summit in February" -> the Hanoi summit's parties are Trump and Kim.
import type { Candidate, CandidateParticipant } from './candidate.js';
import type { Site } from './triggerSite.js';

const DEFINITE = new Set(['the', 'this', 'that']);

/** Whether the noun group holding the trigger opens with a definite determiner. */
export function definiteAt(site: Site): boolean {
  const { sentence, token } = site;
  const chunk = sentence.chunks.find((c) => c.type === 'NP' && c.start <= token && token < c.end);
  const first = chunk ? sentence.tokens[chunk.start] : undefined;
  return first !== undefined && DEFINITE.has(first.text.toLowerCase());
}

/** The character span of the noun group holding the trigger, with a prepositional phrase that follows it right away. */
export function nounGroupAt(site: Site): [number, number] | undefined {
  const { sentence, token } = site;
  const i = sentence.chunks.findIndex((c) => c.type === 'NP' && c.start <= token && token < c.end);
  if (i < 0) return undefined;
  const pp = sentence.chunks[i + 1];
  const np = sentence.chunks[i + 2];
  const last = pp?.type === 'PP' && np?.type === 'NP' && pp.end === np.start && sentence.chunks[i]!.end === pp.start ? np : sentence.chunks[i]!;
  return [sentence.tokens[sentence.chunks[i]!.start]!.start, sentence.tokens[last.end - 1]!.end];
}

/** The pair of parties the article's candidates name together most often (twice at least), if one leads. */
export function salientPair(candidates: readonly Candidate[]): CandidateParticipant[] | null {
  for (const kind of ['PERSON', 'COUNTRY']) {
    const counts = new Map<string, { n: number; pair: CandidateParticipant[] }>();
    for (const c of candidates) {
      const parties = [...new Map(c.participants.filter((p) => p.kind === kind).map((p) => [p.entity, p])).values()];
      for (let i = 0; i < parties.length; i++) {
        for (let j = i + 1; j < parties.length; j++) {
          const pair = [parties[i]!, parties[j]!].sort((a, b) => a.entity.localeCompare(b.entity));
          const key = pair.map((p) => p.entity).join('|');
          const entry = counts.get(key) ?? { n: 0, pair };
          entry.n++;
          counts.set(key, entry);
        }
      }
    }
    const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
    const [top, next] = ranked;
    if (top && top.n >= 2 && (!next || next.n < top.n)) return top.pair.map((p) => ({ ...p, role: 'participant' }));
    if (top) return null;
  }
  return null;
}

/** Gives each definite gathering without parties the article's salient pair (see the header). */
export function salientParties(candidates: Candidate[], gatherings: ReadonlySet<string>): void {
  const empty = candidates.filter((c) => c.definite && c.participants.length === 0 && gatherings.has(c.kind));
  if (empty.length === 0) return;
  const pair = salientPair(candidates);
  if (pair) for (const c of empty) c.participants = pair.map((p) => ({ ...p }));
}
