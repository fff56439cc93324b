// Mentions and events, per article (DESIGN.md, "Mentions and events"; tests/gold/README.md, "Mentions").
// The gold splits its events in two: anchored ones (no `mention`), which the product should assert
// as events, and mentions (`mention: true`), which it should keep as event mentions only.
//   - anchored: gold events without `mention` against the product's events; a product event that
//     is a gold mention is a false positive here (and listed in `madeEvents`),
//   - mentions: gold events with `mention: true` against the product's event mentions, matched as
//     events are (kind class, participants, status; scoreEvents.ts). The product keeps every
//     unanchored trigger, so one event may be mentioned twice, and an event the article anchors
//     in one sentence may be mentioned in another ("ahead of the summit"): a mention that agrees
//     with a gold event but is left over after the one-to-one matching is `redundant`, neither a
//     hit nor a false positive. Only a mention that agrees with no gold event at all is false.
// Example: gold [SANCTION OCCURRED us->nk, mention] vs events [] and mentions [SANCTION OCCURRED us->nk]
//   -> mentions { tp: 1, fp: 0, fn: 0 }, anchored { tp: 0, fp: 0, fn: 0 }.
import type { GoldEvent, PredictedEvent, PredictedMention } from './goldTypes.js';
import { eventsCompatible, scoreEventVariant, type EventPair, type EventVariant, type EventVariantScore } from './scoreEvents.js';

export interface MentionScore {
  /** Gold events the text anchors against the product's events (kind class, participants, status). */
  anchored: EventVariantScore;
  /** Gold mentions against the product's event mentions; false positives exclude `redundant`. */
  mentions: EventVariantScore<PredictedMention>;
  /** Mentions that agree with a gold event already matched or anchored: neither hits nor false positives. */
  redundant: PredictedMention[];
  /** Gold mentions the product asserted as events (false positives of `anchored`). */
  madeEvents: EventPair[];
}

const HEADLINE: EventVariant = { status: true, dates: false };

export function scoreMentions(gold: readonly GoldEvent[], events: readonly PredictedEvent[], mentions: readonly PredictedMention[]): MentionScore {
  const goldMentions = gold.filter((g) => g.mention === true);
  const anchored = scoreEventVariant(
    gold.filter((g) => g.mention !== true),
    events,
    HEADLINE,
  );
  const found = scoreEventVariant(goldMentions, mentions, HEADLINE);
  const redundant = found.falsePositives.filter((m) => gold.some((g) => eventsCompatible(g, m, HEADLINE)));
  const falsePositives = found.falsePositives.filter((m) => !redundant.includes(m));
  return {
    anchored,
    mentions: { ...found, counts: { ...found.counts, fp: falsePositives.length }, falsePositives },
    redundant,
    madeEvents: scoreEventVariant(goldMentions, anchored.falsePositives, HEADLINE).pairs,
  };
}
