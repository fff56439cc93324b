// What a verb group says of its clause: the main verb and its lemma, the verbs that govern it
// ("agreed to meet", "were to travel"), tense, mood, perfect and passive aspect, negation. Read
// from the Penn Treebank tags of its tokens: MD "will"/"shall" is the future, "would" a
// conditional, other modals a possibility; VBD a past, VBZ/VBP a present; "be" + VBN a passive;
// "have" + VBN a perfect; "be to", "be going to", "be set/due/scheduled/expected to" a future.
// Example: verbGroup(tokens of "would not hold", ['MD', 'RB', 'VB']) ->
//   { lemma: 'hold', tense: 'future', mood: 'conditional', negated: true, ... }
import type { Token } from '../nlp/token.js';
import type { VerbGroup } from './clauseTypes.js';
import { verbLemma } from './verbLemma.js';

const AUXILIARIES = new Set(['be', 'have', 'do', 'get']);
/** Adjectives and participles that with "be ... to" make a plan: "is set to", "are due to". */
const PLANNED = new Set(['set', 'due', 'scheduled', 'slated', 'expected', 'likely', 'going', 'poised', 'planned', 'supposed', 'about']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);

export function verbGroup(tokens: readonly Token[], pos: readonly string[], start: number, end: number, particle: string | null = null): VerbGroup | null {
  const verbs: number[] = [];
  for (let i = start; i < end; i++) if (/^(?:VB|MD)/.test(pos[i]!)) verbs.push(i);
  if (verbs.length === 0) return null;
  const lemmaOf = (i: number) => (pos[i] === 'MD' ? tokens[i]!.text.toLowerCase().replace(/^'ll$/, 'will') : verbLemma(tokens[i]!.text));
  // The head: the last verb; "were to travel" -> travel, "is set to meet" -> meet.
  const head = verbs[verbs.length - 1]!;
  const words = [];
  for (let i = start; i < end; i++) words.push(tokens[i]!.text.toLowerCase());
  const lemmas = verbs.map(lemmaOf);
  const modal = verbs.find((i) => pos[i] === 'MD');
  const modalWord = modal === undefined ? null : lemmaOf(modal);
  const finite = verbs.find((i) => /^(?:VBD|VBZ|VBP|MD)$/.test(pos[i]!));
  let tense: VerbGroup['tense'] = finite === undefined ? 'none' : pos[finite] === 'VBD' ? 'past' : pos[finite] === 'MD' ? 'future' : 'present';
  let mood: VerbGroup['mood'] = 'realis';
  if (modalWord !== null) {
    if (/^(?:will|shall|wo)$/.test(modalWord)) tense = 'future';
    else if (modalWord === 'would') mood = 'conditional';
    else mood = 'modal';
  }
  if (finite === undefined) mood = pos[verbs[0]!] === 'VBG' ? 'participle' : words[0] === 'to' || pos[verbs[0]!] === 'VB' ? 'infinitive' : 'participle';
  // "is to visit", "are going to meet", "was set to sign": a plan, told in the present or the past.
  const toAt = words.indexOf('to');
  if (toAt > 0 && mood === 'realis') {
    const before = verbs.filter((i) => i < start + toAt).map(lemmaOf);
    const word = words[toAt - 1]!;
    if (before.length > 0 && before.every((l) => l === 'be')) tense = 'future';
    else if (before[0] === 'be' && PLANNED.has(word)) tense = 'future';
  }
  const beforeHead = verbs.slice(0, -1);
  const aux = beforeHead.map(lemmaOf);
  const passive = pos[head] === 'VBN' && aux.some((l) => l === 'be' || l === 'get');
  // "have now met": the tagger may read the participant of a perfect as a past tense.
  const perfect = aux.includes('have') && (pos[head] === 'VBN' || pos[head] === 'VBD' || aux.indexOf('have') < aux.length - 1);
  const negated = words.some((w) => NEGATIONS.has(w));
  const progressive = pos[head] === 'VBG' && aux.includes('be');
  const governors = beforeHead.filter((i) => pos[i] !== 'MD' && !AUXILIARIES.has(lemmaOf(i))).map(lemmaOf);
  return { start, end, head, lemma: lemmas[lemmas.length - 1]!, governors, particle, tense, mood, perfect, progressive, passive, negated };
}
