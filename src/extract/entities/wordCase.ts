// data/gazetteer/wordCase.json, read once (built by scripts/train/buildWordCase.ts from CoNLL-2003
// train and an English dictionary): common words that are no one's name ("security", "talks",
// "diplomacy"; not "rose" or "bill") and words that, capitalised, name a group, not a person
// ("Muslim", "Serbs").
// Example: isCommonWord('Diplomacy') -> true; isCommonWord('Rose') -> false; isGroupWord('Muslim') -> true
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let cached: { common: Set<string>; groups: Set<string> } | undefined;

function lists(): { common: Set<string>; groups: Set<string> } {
  if (!cached) {
    const raw = JSON.parse(readFileSync(fileURLToPath(new URL('../../../data/gazetteer/wordCase.json', import.meta.url)), 'utf8')) as { common: string[]; groups: string[] };
    cached = { common: new Set(raw.common), groups: new Set(raw.groups) };
  }
  return cached;
}

export function isCommonWord(word: string): boolean {
  return lists().common.has(word.toLowerCase());
}

export function isGroupWord(word: string): boolean {
  return lists().groups.has(word.toLowerCase());
}
