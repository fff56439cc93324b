// The kind of restrictive measure a sanction trigger names, when it names one: barring people from
// entry ("entry bans", "banning 18 ... from entering"), halting arms sales ("halted all arms
// exports", "an arms embargo"), cutting or restoring ties, closing or reopening borders, a trade
// status withdrawn, customs duties or tariffs, restrictions on travel or trade (eased as often as
// imposed: "eased restrictions on travel to Cuba" is not the restoring of ties told beside it). "sanctions", "a blacklist", "export controls" name
// no one kind (null): they may be any package. Two measures of different kinds by one side on one
// day are two events (compatible); a measure of no named kind may join either.
// Example: measureOf('halting previously approved arms exports') -> 'arms sales';
//   measureOf('sanctions') -> null.

const KINDS: [RegExp, string][] = [
  [/\b(?:arms|weapons?|military)\b/i, 'arms sales'],
  [/\b(?:travel|entry|visa)\s+bans?\b|^(?:ban|bar)/i, 'entry bans'],
  [/\b(?:ties|relations|links|contacts)\b/i, 'ties'],
  [/\b(?:borders?|airspace|ports|routes|crossings?)\b/i, 'borders'],
  [/\bstatus\b/i, 'trade status'],
  [/\b(?:dut(?:y|ies)|tariffs)\b/i, 'duties'],
  [/\brestrictions\b/i, 'restrictions'],
];

export function measureOf(trigger: string): string | null {
  return KINDS.find(([pattern]) => pattern.test(trigger))?.[1] ?? null;
}
