// How the parties of a call met: VIDEO when the trigger, the word before it or the words right
// after it say video or virtual ("a video conference", "a virtual summit", "spoke by video link",
// "met virtually"), else PHONE ("a phone call", "talked by telephone", "a telephone conversation").
// Read only for candidates already known to be calls (Candidate.call); a meeting in person has none.
//
//   callMedium('They held a virtual summit on Monday.', { start: 19, end: 25, text: 'summit' }) -> 'VIDEO'
import type { Span } from '../../model/index.js';

const VIDEO = /\b(?:video(?:conference|-conference|link|-link)?s?|virtual(?:ly)?|online|teleconference)\b/iu;
const VIDEO_BEFORE = /\b(?:video|virtual|online)[\s-]+(?:[\p{L}-]+\s+)?$/iu;
const VIDEO_AFTER = /^\s+(?:(?:with|to)\s+(?:[\p{L}.'’-]+\s+){1,5})?(?:by|on|over|via)\s+(?:a\s+|the\s+)?(?:video|videoconference|videolink)\b|^\s+virtually\b/iu;

export function callMedium(text: string, trigger: Pick<Span, 'start' | 'end' | 'text'>): 'PHONE' | 'VIDEO' {
  if (VIDEO.test(trigger.text)) return 'VIDEO';
  if (VIDEO_BEFORE.test(text.slice(Math.max(0, trigger.start - 30), trigger.start))) return 'VIDEO';
  return VIDEO_AFTER.test(text.slice(trigger.end, trigger.end + 60)) ? 'VIDEO' : 'PHONE';
}
