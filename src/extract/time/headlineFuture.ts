// Headlinese future: a headline drops "is" and "will", so "Qatar's emir to attend Tuesday's summit",
// "Biden, Putin to hold summit June 16", "Talks: Blinken to visit China" announce what is still ahead.
// A headline is a line with no closing punctuation; its subject is a short run of words (after any
// "Label:") with no finite verb, right before "to" and a verb. Returns the offset just past that
// "to VERB" (what follows it is ahead), or null. Negative: "Putin said Xi to visit Moscow" (a finite
// verb before it), "Kerry flew to Geneva to meet Zarif." (a sentence: closing punctuation).
// Shared by narrationAt (times after it look forward) and eventStatus (events after it are PLANNED).

/** Words that make the run before "to" a clause of its own, not a headline's bare subject. */
const FINITE = /^(?:is|are|was|were|am|be|been|has|have|had|will|would|shall|can|could|may|might|must|should|does|did|do|says|said|tells|told|plans?|wants?|seeks?|hopes?|vows?|agrees?|aims?|set|due|going|moves?|[a-z]+ed)$/;

/** "An Open Letter to the Leaders", "a former advisor to both": "to" before a determiner or pronoun is a preposition. */
const NOT_A_VERB = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|your|my|both|all|each|every|some|any|him|them|us|me|it)$/;
/** "What to watch": a question word heads no subject. */
const QUESTION = /^(?:what|how|why|where|when|who|which|whether)$/i;
/** Words that open another phrase between the infinitive and a later word: cause, time or opposition. */
const ASIDE = /[,;:(]|\b(?:after|over|amid|following|since|response|against|despite|because|before|as)\b/i;

export function headlineFuture(text: string, at: number): number | null {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  const line = text.slice(lineStart, nl < 0 ? text.length : nl).trimEnd();
  if (line.length === 0 || line.length > 160 || /[.!?"”’)]$/.test(line)) return null;
  // The subject: after the last label ("Xi-Biden talks: Blinken to visit China"), one to eight words.
  const m = /^((?:[^:\n]*:\s+)?)((?:[\p{L}\d’'.,-]+\s+){1,8}?)to\s+([a-z]+)\b/u.exec(line);
  if (!m || NOT_A_VERB.test(m[3]!)) return null;
  const words = m[2]!.trim().split(/\s+/).map((w) => w.replace(/[,.]$/, ''));
  if (!/^\p{Lu}/u.test(words[0]!) || QUESTION.test(words[0]!) || words.some((w) => FINITE.test(w))) return null;
  const end = lineStart + m.index + m[0].length;
  // Only what the infinitive itself governs: "Russia to expel diplomats in response to sanctions" leaves the sanctions as they were.
  return end <= at && !ASIDE.test(text.slice(end, at)) ? end : null;
}
