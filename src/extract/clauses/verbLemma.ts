// The lemma of a verb form, from wink-lemmatizer (WordNet's exception lists and morphology rules):
// "met" -> "meet", "slapped" -> "slap", "travelled" -> "travel"; a few forms it reads as a rarer verb
// are given their news reading. Cached per form: news repeats its verbs.
import lemmatizer from 'wink-lemmatizer';

/** Forms WordNet reads as a rarer verb ("hoped" -> "hop"): the news reading wins. */
const NEWS_READINGS: Record<string, string> = { hoped: 'hope', hoping: 'hope', slated: 'slate', dined: 'dine', dining: 'dine', 'stemmed': 'stem' };
const cache = new Map<string, string>();

export function verbLemma(form: string): string {
  const w = form.toLowerCase().replace(/[’]/g, "'");
  let lemma = cache.get(w);
  if (lemma === undefined) {
    lemma = NEWS_READINGS[w] ?? (w === "'s" ? 'be' : w === "'ve" ? 'have' : w === "'ll" ? 'will' : w === "n't" ? 'not' : lemmatizer.verb(w));
    cache.set(w, lemma);
  }
  return lemma;
}
