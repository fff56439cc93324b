// The sources of an event as served: one per source article (in the order of event.sources), with
// the article's first supporting sentence (lowest sentence index, then start offset) when there is one.
//
//   sourcesOf(singapore) -> [{ article: 'article:a…01', quote: 'Donald Trump and Kim Jong Un met…', sentence: 0 }, …]
import type { EventFact } from '../model/index.js';

export interface SourceValue {
  /** Article id. */
  article: string;
  quote: string | null;
  sentence: number | null;
}

export function sourcesOf(event: EventFact): SourceValue[] {
  return [...new Set(event.sources)].map((article) => {
    const first = event.evidence.filter((e) => e.article === article).sort((a, b) => a.sentence - b.sentence || a.start - b.start)[0];
    return { article, quote: first?.quote ?? null, sentence: first?.sentence ?? null };
  });
}
