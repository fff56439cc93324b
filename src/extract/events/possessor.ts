// The mention whose possessive names a trigger, at most two words between ("Trump's letter",
// "Britain's notification letter", "Pompeo's second trip"): the nearest such mention before it.
// Example: possessor(text, <"letter">, [Kim, Trump]) in "Kim read Trump's letter" -> Trump
import type { EntityMention, Span } from '../../model/index.js';

const OWNS = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u;

export function possessor(text: string, trigger: Pick<Span, 'start'>, candidates: readonly EntityMention[]): EntityMention | undefined {
  return [...candidates].reverse().find((m) => m.end <= trigger.start && OWNS.test(text.slice(m.end, trigger.start)));
}
