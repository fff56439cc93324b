// Gatherings told as still ahead, and places that are no venue (issue 13). A gathering that is the
// subject of a future verb ("said the talks would restore trust") or its setting ("in their talks
// they would propose a plan") has not taken place; a place after "on"/"over"/"about" right after the
// trigger is its topic ("a summit on Kashmir"), and a place before a common noun of its own noun
// chunk qualifies that noun ("a summit with Gulf leaders"), so neither anchors the event.
// Sentences of our own; negatives: past verbs, a perfect, "of" before the gathering, a venue after
// "in", the trigger as the qualified noun ("the Geneva talks"), a time word after the place.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/pipeline.js';
import { caseArticle } from './events.support.js';

const REF = '2021-01-04';
const kinds = (text: string, kind: string) => {
  const x = extractArticle(caseArticle(text), REF);
  return { events: x.events.filter((e) => e.kind === kind), all: [...x.events, ...x.eventMentions].filter((e) => e.kind === kind) };
};

describe('events: gatherings told as still ahead', () => {
  it("'said the talks between X and Y would restore trust': planned", () => {
    const { all } = kinds('An official said on Monday that the talks between Ivan Petrov and Ana Holm would restore trust.', 'TALKS');
    expect(all).not.toHaveLength(0);
    for (const t of all) expect(t.status).toBe('PLANNED');
  });
  it("'in their talks in Oslo, X and Y would propose a plan': the setting of a future act is ahead", () => {
    const { all } = kinds('Ivan Petrov told reporters that in their talks in Oslo he and Ana Holm would propose a new plan.', 'TALKS');
    expect(all).not.toHaveLength(0);
    for (const t of all) expect(t.status).toBe('PLANNED');
  });
  it("negative: 'restored trust', 'would have restored', 'the focus of the talks was to', 'in their talks they proposed': told as done", () => {
    for (const s of [
      'An official said on Monday that the talks between Ivan Petrov and Ana Holm restored trust.',
      'An official said on Monday that the talks between Ivan Petrov and Ana Holm would have restored trust had they been held earlier.',
      'The focus of the talks between Ivan Petrov and Ana Holm was to restore trust.',
      'Ivan Petrov told reporters that in their talks in Oslo he and Ana Holm proposed a new plan.',
    ]) {
      const { all } = kinds(s, 'TALKS');
      expect(all, s).not.toHaveLength(0);
      for (const t of all) expect(t.status, s).toBe('OCCURRED');
    }
  });
});

describe('events: places that are no venue', () => {
  it("'a summit on Kashmir': the topic is no place of the summit", () => {
    expect(kinds('Ivan Petrov and Ana Holm held an emergency summit on Kashmir.', 'SUMMIT').events[0]?.place).toBeNull();
  });
  it("negative: 'a summit in Kashmir', 'talks in Geneva today': the venue", () => {
    expect(kinds('Ivan Petrov and Ana Holm held an emergency summit in Kashmir.', 'SUMMIT').events[0]?.place).toBe('place:kashmir');
    expect(kinds('Ivan Petrov held talks with Ana Holm in Geneva today.', 'TALKS').events[0]?.place).toBe('place:geneva');
  });
  it("'a summit with Gulf leaders', 'a summit on Gulf security': a place qualifying another noun is no venue", () => {
    expect(kinds('Ivan Petrov and Ana Holm held a summit with Gulf leaders.', 'SUMMIT').events[0]?.place).toBeNull();
    expect(kinds('Ivan Petrov and Ana Holm held a summit on Gulf security.', 'SUMMIT').events[0]?.place).toBeNull();
  });
  it("negative: 'the Geneva talks between X and Y ended': the place qualifies the trigger itself", () => {
    expect(kinds('Officials said the Geneva talks between Ivan Petrov and Ana Holm ended on Sunday.', 'TALKS').events[0]?.place).toBe('place:geneva');
  });
});
