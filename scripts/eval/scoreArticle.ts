// One article's gold against its predictions, in every category, plus the publication date check:
// a predicted publication interval is right when it lies within the gold one (for an undated
// article the gold interval is what its content allows), and a gold null wants a null.
// Example: scoreArticle(gold, { text, predicted }) -> { article, entities: {...}, times: {...}, events: {...}, publication: {...} }
import { anchorGold } from './anchorGold.js';
import type { GoldArticle, GoldPublished, PredictedArticle } from './goldTypes.js';
import { scoreEntities, type EntityScore } from './scoreEntities.js';
import { scoreEvents, type EventScore } from './scoreEvents.js';
import { scoreMentions, type MentionScore } from './scoreMentions.js';
import { scoreTimes, type TimeScore } from './scoreTimes.js';

export interface PublicationCheck {
  gold: GoldPublished | null;
  predicted: PredictedArticle['publishedAt'];
  dateSource: string;
  correct: boolean;
}

export interface ArticleResult {
  article: string;
  gold: GoldArticle;
  predicted: PredictedArticle;
  publication: PublicationCheck;
  entities: EntityScore;
  times: TimeScore;
  events: EventScore;
  /** Anchored gold events against the product's events, gold mentions against its event mentions. */
  mentions: MentionScore;
  /** Gold offsets that had to be repaired against today's cleaned text. */
  repairs: string[];
}

export function publicationCorrect(gold: GoldPublished | null, predicted: PredictedArticle['publishedAt']): boolean {
  if (gold === null) return predicted === null;
  if (!predicted?.earliest || !predicted.latest) return false;
  return gold.earliest <= predicted.earliest && predicted.latest <= gold.latest;
}

export function scoreArticle(goldIn: GoldArticle, input: { text: string; predicted: PredictedArticle }): ArticleResult {
  const { gold, repairs } = anchorGold(goldIn, input.text);
  const p = input.predicted;
  return {
    article: gold.article,
    gold,
    predicted: p,
    publication: { gold: gold.publishedAt, predicted: p.publishedAt, dateSource: p.dateSource, correct: publicationCorrect(gold.publishedAt, p.publishedAt) },
    entities: scoreEntities(gold.entities, p.entities),
    times: scoreTimes(gold.times, p.times),
    events: scoreEvents(gold.events, p.events),
    mentions: scoreMentions(gold.events, p.events, p.eventMentions),
    repairs,
  };
}
