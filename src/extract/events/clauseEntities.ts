// The entities that can take part in the event a trigger names: those of the trigger's own clause
// (and of the clause it completes after an interruption), and the subject it shares with the
// clause it depends on when the trigger is that clause's verb, object or a gathering it is "in" or
// "with" ("Kerry will visit Cuba to meet its president": Kerry meets; "Pompeo met Kim to finalize
// arrangements for the summit": Pompeo is no party of the summit). Names in
// other clauses of the sentence belong to other events ("X said after his summit with Y on
// Thursday that ... Z": Z is none of the summit's). A pronoun of the clause brings back the subject
// of the clause it depends on ("North Korea said it test-fired ...", "Trump announced that his
// meeting with Kim ..."), and talks "with" another side bring the side of the one who reports them
// ("North Korea's negotiator said talks with the United States broke down": North Korea).
// Example: clauseEntities(doc, trigger "summit", mentions) in "Pompeo met Moon on Saturday to
//   make sure Moon's summit with Kim goes ahead" -> Moon, Kim (not Pompeo).
import type { EntityMention, Span } from '../../model/index.js';
import type { SentenceClauses } from '../clauses/clauseTypes.js';
import { charSpan } from '../clauses/charSpan.js';
import { clausesAbout } from './clauseScope.js';
import { INTO_GATHERING } from './kindSets.js';
import { siteOf } from './triggerSite.js';

/** Third-person pronouns that point back to a subject named before. */
const PRONOUNS = new Set(['it', 'its', 'he', 'his', 'she', 'her', 'they', 'their', 'them']);

export function clauseEntities(doc: readonly SentenceClauses[], trigger: Pick<Span, 'start' | 'end'>, entities: readonly EntityMention[]): EntityMention[] {
  const site = siteOf(doc, trigger);
  if (!site) return [...entities];
  const { sentence, clause, clauseIndex } = site;
  // The shared subject does what the clause's verb says: it takes part in the event that verb or its
  // object names ("to meet its president", "to hold talks"), not in one its verb is about ("to
  // finalize arrangements for the summit": the summit is no more the subject's than the arrangements are).
  const ownsEvent =
    site.role === 'verb' || site.role === 'object' || (site.role === 'prep' && (/^(?:with|in|during|at|over)$/.test(site.argument?.prep ?? '') || (site.argument?.prep === 'into' && INTO_GATHERING.has(clause.verb?.lemma ?? ''))));
  const subject = clause.subjectShared && ownsEvent ? clause.subject : null;
  const shared = subject ? charSpan(sentence, subject) : null;
  const words = sentence.tokens.map((t) => t.text.toLowerCase());
  const inClause = (i: number) => sentence.clauseOf[i] === clauseIndex || sentence.clauses[sentence.clauseOf[i]!]?.completes === clauseIndex;
  const pronoun = words.some((w, i) => PRONOUNS.has(w) && inClause(i) && i <= site.token);
  const withOther = /^\s+(?:[\p{L}-]+\s+){0,2}?with\s/iu.test(sentence.tokens[site.token]!.text === '' ? '' : ` ${words.slice(site.token + 1, site.token + 4).join(' ')} `);
  const parent = clause.parent !== null ? sentence.clauses[clause.parent] : undefined;
  const scope = clausesAbout(doc, trigger);
  // "Blinken said that he had informed Wang of the decision to postpone his visit": a pronoun subject points on up to the one it stands for.
  let up = parent;
  const pronounSubject = (c: typeof parent) => c?.subject && c.subject.end - c.subject.start === 1 && PRONOUNS.has(words[c.subject.start]!);
  while (pronounSubject(up) && up!.parent !== null) up = sentence.clauses[up!.parent];
  const governing = up?.subject ? charSpan(sentence, up.subject) : null;
  return entities.filter((m) => {
    if (m.start < sentence.start || m.end > sentence.end) return true;
    if (shared && m.start >= shared.start && m.end <= shared.end) return true;
    if (governing && m.start >= governing.start && m.end <= governing.end && (pronoun || (withOther && m.kind !== 'PERSON'))) return true;
    const at = siteOf(doc, m);
    if (at === null || at.sentence !== sentence) return false;
    // "the June 12 summit in Singapore, where Kim and Trump signed ...": a relative clause about the event names its parties.
    const about = sentence.clauses[at.clauseIndex];
    return at.clauseIndex === clauseIndex || (about?.kind === 'relative' && about.marker !== 'who' && about.marker !== 'whom' && scope?.clauses.has(at.clauseIndex) === true);
  });
}
