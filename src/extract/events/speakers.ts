// Who is only reported as speaking in a sentence ("Moon said", "according to Moon", "Trump told
// reporters"): a source of the sentence, not a participant of what it reports.
import type { EntityMention } from '../../model/index.js';

const SPEECH_AFTER = /^(?:['’]s\s+(?:office|spokesman|spokeswoman|spokesperson)\s+)?,?\s*(?:[\p{L}-]+\s+){0,1}(?:said|says|told|announced|added|stressed|noted|claimed|wrote|tweeted|insisted|warned)\b/iu;
const SPEECH_BEFORE = /\b(?:according to|said|says|told|announced|quoted)\s+(?:[\p{L}.-]+\s+){0,3}$/iu;

export function isSpeaker(text: string, m: EntityMention): boolean {
  return SPEECH_AFTER.test(text.slice(m.end, m.end + 40)) || SPEECH_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
}
