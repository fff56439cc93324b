// Who is only reported as speaking in a sentence ("Moon said", "according to Moon", "Trump told
// reporters", "South Korea's military said"): a source of the sentence, not a participant of what it reports.
import type { EntityMention } from '../../model/index.js';

const SPEECH_AFTER = /^(?:['’]s\s+(?:(?:foreign|defen[cs]e|unification)\s+)?(?:office|spokesman|spokeswoman|spokesperson|military|ministry|government|officials|state\s+media|news\s+agency|Joint\s+Chiefs\s+of\s+Staff)\s+)?,?\s*(?:[\p{L}-]+\s+){0,1}(?:said|says|told|announced|added|stressed|noted|claimed|wrote|tweeted|insisted|warned)\b/iu;
// "said Moon", "according to South Korean President Moon"; not "said Sunday that Kim ...", whose Kim is the reported clause's subject.
const SPEECH_BEFORE = /\b(?:according to|said|says|told|announced|quoted)\s+(?:(?!that\b)[\p{L}.-]+\s+){0,3}$/iu;

export function isSpeaker(text: string, m: EntityMention): boolean {
  return SPEECH_AFTER.test(text.slice(m.end, m.end + 40)) || SPEECH_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
}
