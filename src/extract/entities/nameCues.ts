// data/gazetteer/nameCues.json, read once: words that stand before people's names (titles), head
// organisation and place names, end a name that cannot be a person's, and name the state when a
// nationality adjective qualifies them.
// Example: nameCues().personTitles.includes('minister') -> true
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface NameCues {
  personTitles: string[];
  /** More titles and ranks before names, read by trimName only (the tagger was trained with personTitles). */
  roleTitles: string[];
  organizationWords: string[];
  placeWords: string[];
  stateNouns: string[];
  /** Last words that make a name a place or an organisation and never a person ("Russky Island", "Air Koryo Airlines"),
   *  or (NONE) a law, document, event or body of people, no entity of ours ("Benn Act", "Tory MPs"). */
  nameHeads: Record<'PLACE' | 'ORGANIZATION' | 'NONE', string[]>;
  /** First words that make a name a place or an organisation and never a person ("Hotel Mulia", "Radio Liberty"). */
  nameOpeners: Record<'PLACE' | 'ORGANIZATION', string[]>;
}

let cached: NameCues | undefined;

export function nameCues(): NameCues {
  cached ??= JSON.parse(readFileSync(fileURLToPath(new URL('../../../data/gazetteer/nameCues.json', import.meta.url)), 'utf8')) as NameCues;
  return cached;
}
