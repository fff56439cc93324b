// Restrictive measures worded without "sanctions": the verb phrases one state uses against another
// (cutting diplomatic ties, closing its borders or airspace, halting arms sales, withdrawing a trade
// status, barring people from entering) and reopening borders, which undoes them. Restoring ties is
// left out: two states do it together, neither imposes nor lifts anything on the other. Each phrase is a SANCTION trigger; sanctionRoles takes the imposer from the clause before it
// and the target from the preposition after it ("with Qatar", "to Saudi Arabia", "from Pakistan").
// Example: "Saudi Arabia cut diplomatic ties with Qatar on Monday" -> trigger "cut diplomatic ties",
//   imposer Saudi Arabia, target Qatar; "Saudi Arabia reopened its airspace to Qatar" -> the same, eased.

const TIES = String.raw`(?:all\s+|its\s+|their\s+|full\s+)?(?:(?:diplomatic|consular|economic|trade|political|transport)(?:,?\s+(?:and\s+)?|\s+))*(?:ties|relations|links|contacts)`;
const CLOSED = String.raw`(?:all\s+|its\s+|their\s+|the\s+)?(?:(?:land|sea|air|maritime|aviation)(?:,?\s+(?:and\s+)?|\s+))*(?:borders?|airspace|ports|routes|crossings?)`;
const ARMS = String.raw`(?:all\s+|its\s+|(?:previously\s+)?approved\s+|future\s+|new\s+)*(?:arms|weapons?|military)\s+(?:sales|exports?|shipments|deliveries|export\s+licen[cs]es)`;
const STATUS = String.raw`(?:the\s+|its\s+)?['‘’"“]?most[- ]favou?red[- ]nation['’"”]?(?:\s+\(MFN\))?(?:\s+trade)?\s+status|(?:the\s+|its\s+)?MFN\s+status`;

/** The phrases, as one pattern (global, case-insensitive); the undoing verbs are in UNDOING. */
export const RESTRICTIVE_MEASURES = new RegExp(
  [
    String.raw`\b(?:cut|cuts|cutting|sever(?:s|ed|ing)?|br(?:oke|eak|eaks|eaking)\s+off|downgrad(?:e|es|ed|ing))\s+${TIES}`,
    String.raw`\b(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?|seal(?:s|ed|ing)?|reopen(?:s|ed|ing)?)\s+${CLOSED}`,
    String.raw`\b(?:halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|stop(?:s|ped|ping)?|freez(?:e|es|ing)|froze|ban(?:s|ned|ning)?)\s+${ARMS}`,
    String.raw`\b(?:withdr(?:ew|aw|aws|awn|awing)|revok(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|suspend(?:s|ed|ing)?)\s+(?:${STATUS})`,
    String.raw`\b(?:ban(?:s|ned|ning)?|bar(?:s|red|ring)?)(?=\s+(?:[\p{L}\d-]+\s+){1,4}?from\s+(?:entering|travel(?:l?ing)?|the\s+Schengen)\b)`,
  ].join('|'),
  'giu',
);

/** The phrases that take measures away: their events are eased, not imposed. */
export const UNDOING = /^reopen/i;
