// The state whose people or firms a phrase names by nationality: "17 Saudi Arabian nationals",
// "Russian banks", "21 other Chinese players", "Chinese memory chipmaker", "Chinese AI chip firms", "18 Saudis" -> that state's country id; goods of a
// nationality name none ("Chilean copper"). Used for sanction targets named by nationality.
// Example: nationalsOf(' on 18 Saudi citizens') -> 'country:saudi-arabia'.
import { gazetteer } from '../entities/gazetteer.js';
import { aliasKey } from '../entities/slug.js';

/** "sanctions, including travel bans, on 18 Saudi citizens", "sanctioned 17 Saudi Arabian nationals", "to tighten Russian banks'
 *  access": the state of the people or firms targeted (not of goods: "sanctions on Chilean copper"). */
export function nationalsOf(after: string): string | undefined {
  const m = /^[^.;:]{0,60}?(?:\bon|\bagainst|\bfor|\btarget(?:s|ing)?|\bhit(?:s|ting)?|\bban(?:s|ning|ned)?|\btighten(?:s|ing)?|^)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|some|more|other|the|top|senior|former|major|leading|big)\s+){0,3}(?:(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:[\p{Ll}-]+\s+|[\p{Lu}]{2,}\s+){0,2}?(?:citizens|nationals|officials|individuals|people|persons|suspects|operatives|agents|oligarchs|businessmen|banks?|firms?|compan(?:y|ies)|entities|businesses|players|chipmakers?|manufacturers?|suppliers?|makers?|giants?)\b|(\p{Lu}[\p{L}-]+)s\b(?!\s+\p{Lu}))/u.exec(after);
  if (!m) return undefined;
  const g = gazetteer();
  // "18 Saudis": a demonym in the plural names people of that state.
  const words = (m[1] ?? m[2]!).split(/\s+/);
  const code = g.demonyms.get(aliasKey(words.join(' '))) ?? g.demonyms.get(aliasKey(words[0]!)) ?? shortDemonym(aliasKey(words[0]!));
  return code ? g.countryByCode.get(code)?.id : undefined;
}

/** "Saudi" for "Saudi Arabian": the one country whose demonym of several words starts with the word. */
export function shortDemonym(word: string): string | undefined {
  // Never a compass or generic first word ("North", "New").
  if (/^(?:north|south|east|west|new|united|central|democratic|republic|great)$/.test(word)) return undefined;
  const codes = new Set([...gazetteer().demonyms].filter(([k]) => k.startsWith(`${word} `)).map(([, code]) => code));
  return codes.size === 1 ? [...codes][0] : undefined;
}

