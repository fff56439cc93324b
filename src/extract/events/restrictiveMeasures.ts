// Restrictive measures worded without "sanctions": the verb phrases one state uses against another
// (cutting diplomatic ties, closing its borders or airspace, halting arms sales, withdrawing a trade
// status, barring people from entering, restrictions on travel or trade, raising customs duties or
// tariffs on its goods) and reopening borders or
// restoring ties, which undo them. Ties are restored by one side "with" another ("the Gulf states
// restored ties with Qatar"); "A and B restored relations" names no target, so no measure. Each
// phrase is a SANCTION trigger; sanctionRoles takes the imposer from the clause before it and the
// target from the preposition after it ("with Qatar", "to Saudi Arabia", "from Pakistan").
// Example: "Saudi Arabia cut diplomatic ties with Qatar on Monday" -> trigger "cut diplomatic ties",
//   imposer Saudi Arabia, target Qatar; "Saudi Arabia reopened its airspace to Qatar" -> the same, lifted.

const TIES = String.raw`(?:all\s+|its\s+|their\s+|full\s+)?(?:(?:diplomatic|consular|economic|trade|political|transport)(?:,?\s+(?:and\s+)?|\s+))*(?:ties|relations|links|contacts)`;
const ONE_CLOSED = String.raw`(?:all\s+|its\s+|their\s+|the\s+)?(?:(?:land|sea|air|maritime|aviation)(?:,?\s+(?:and\s+)?|\s+))*(?:borders?|airspace|ports|routes|crossings?)`;
/** "its airspace and land and sea borders", "its airspace, as well as its land and sea border,": one closing of several crossings. */
const CLOSED = String.raw`${ONE_CLOSED}(?:(?:,?\s+and\s+|,\s*(?:as\s+well\s+as\s+)?|\s+as\s+well\s+as\s+)${ONE_CLOSED}){0,3},?`;
const ARMS = String.raw`(?:all\s+|its\s+|(?:previously\s+)?approved\s+|future\s+|new\s+)*(?:arms|weapons?|military)\s+(?:sales|exports?|shipments|deliveries|export\s+licen[cs]es)`;
const STATUS = String.raw`(?:the\s+|its\s+)?['‘’"“]?most[- ]favou?red[- ]nation['’"”]?(?:\s+\(MFN\))?(?:\s+trade)?\s+status|(?:the\s+|its\s+)?MFN\s+status`;

/** "hiked the customs duty", "imposed punitive tariffs": a trade measure on another state's goods (sanctionRoles finds the goods' origin). */
const DUTIES = String.raw`(?:the\s+|its\s+|basic\s+|punitive\s+|new\s+|additional\s+|retaliatory\s+)*(?:(?:customs|import)\s+dut(?:y|ies)|tariffs)`;

/** "withdrew Pakistan's most-favoured-nation status": the state that held the status, its target. */
const HOLDER = String.raw`\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+)?['’]s\s+`;

/** The phrases, as one pattern (global, case-insensitive); the undoing verbs are in UNDOING. */
export const RESTRICTIVE_MEASURES = new RegExp(
  [
    String.raw`\b(?:cut|cuts|cutting|sever(?:s|ed|ing)?|br(?:oke|eak|eaks|eaking)\s+off|downgrad(?:e|es|ed|ing))\s+${TIES}`,
    String.raw`\brestor(?:e|es|ed|ing)\s+${TIES}(?=\s+with\s)`,
    String.raw`\b(?:travel|trade|export|import|financial|economic)\s+restrictions(?=\s+(?:on|against)\s)|\brestrictions\s+on\s+(?:travel|trade|exports?|imports?|remittances)(?=(?:\s+(?:and|or)\s+(?:travel|trade|exports?|imports?))?\s+(?:to|with|from)\s)`,
    String.raw`\b(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?|seal(?:s|ed|ing)?|reopen(?:s|ed|ing)?)\s+${CLOSED}`,
    String.raw`\b(?:halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|stop(?:s|ped|ping)?|freez(?:e|es|ing)|froze|ban(?:s|ned|ning)?)\s+${ARMS}`,
    String.raw`\b(?:withdr(?:ew|aw|aws|awn|awing)|revok(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|suspend(?:s|ed|ing)?)\s+(?:${HOLDER})?(?:${STATUS})`,
    // "banning 18 Chileans suspected of involvement in the attack from entering": the barred group may carry its own clause.
    String.raw`\b(?:ban(?:s|ned|ning)?|bar(?:s|red|ring)?)(?=\s+(?:[\p{L}\d’'-]+\s+){1,14}?from\s+(?:entering|travel(?:l?ing)?|the\s+Schengen)\b)`,
    String.raw`\b(?:rais(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|impos(?:e|es|ed|ing)|slap(?:s|ped|ping)?)\s+${DUTIES}`,
  ].join('|'),
  'giu',
);

/** The phrases that take measures away: their events are lifted, not imposed. */
export const UNDOING = /^(?:reopen|restor)/i;
