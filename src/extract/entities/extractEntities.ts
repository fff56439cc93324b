// Entities stage: text -> EntityMention[] (PERSON, COUNTRY, ORGANIZATION, PLACE), each with its
// span, deterministic id and the extractor or refiner that made it. Two extractors run first: the
// gazetteer's known names and the learned tagger's names (any name, linked to the gazetteer where
// it knows it); mergeTaggedNames makes one list of them, then the refiners run in this fixed order:
//   1. dropUnanchored     "the North" only where North Korea is named
//   2. capitalsAsPlaces   "in Hanoi" is a PLACE, "Pyongyang said" the government
//   3. resolveTitles      "the Russian President" -> the office holder on the reference day
//   4. keepStateDemonyms  "North Korean officials" name the state; "Swiss bank" names no country
//   5. findNewPersons     names after a role word that the tagger missed ("ministers ... No Kwang Chol")
//   6. confirmNames       names in headline-case lines or cut off at the text's end: only those named elsewhere
//   7. dropNonNames       "Birth Anniversary", "Muslim", "Benn Act" are no people; "X province" is a place
//   8. dropReporters      "Example's correspondent Ana Holm said": the story's reporter, no person of it
//   9. splitFusedNames    "European Council Donald Tusk" (an organisation to the tagger) beside "Mr Tusk": the person
//  10. linkSurnames       "Kim" -> the Kim the article names in full (gazetteer people)
//  11. linkPartialNames   "Petrov" -> the Ivan Petrov the article names in full (anyone else); fragments go
//  12. peopleOfOtherKinds "Holm" the tagger took for a place, in an article naming Ana Holm: that person
//  13. titlesAsRoles      "Treasury Secretary Peter Langmoor": the title is the mention's role
//  14. officesInText      "Cuban President Raul Ortiz" ... "the Cuban president": Ortiz, as the page names him in office
//  15. bodyOfficesInText  "European Council President Ana Holm" ... "the European Council President": Holm
//  16. bareTitles         "Prime Minister Ana Holm" ... "the PM": Holm, the one person the page named with it
// Example: "South Korean President Moon Jae-in met Kim in Pyongyang" ->
//   Moon Jae-in (PERSON, title "South Korean President"), Kim (PERSON kim-jong-un), Pyongyang (PLACE).
import type { EntityMention } from '../../model/index.js';
import type { ExtractContext } from '../context.js';
import { bareTitles } from './bareTitles.js';
import { capitalsAsPlaces } from './capitalsAsPlaces.js';
import { bodyOfficesInText } from './bodyOfficesInText.js';
import { confirmNames } from './confirmNames.js';
import { dropNonNames } from './dropNonNames.js';
import { dropReporters } from './dropReporters.js';
import { dropUnanchored } from './dropUnanchored.js';
import { extractGazetteerEntities } from './extractGazetteerEntities.js';
import { findNewPersons } from './findNewPersons.js';
import { joinNameParts } from './joinNameParts.js';
import { keepStateDemonyms } from './keepStateDemonyms.js';
import { linkPartialNames } from './linkPartialNames.js';
import { linkSurnames } from './linkSurnames.js';
import { mergeTaggedNames } from './mergeTaggedNames.js';
import { officesInText } from './officesInText.js';
import { peopleOfOtherKinds } from './peopleOfOtherKinds.js';
import { resolveTitles } from './resolveTitles.js';
import { splitFusedNames } from './splitFusedNames.js';
import { titlesAsRoles } from './titlesAsRoles.js';
import { analyseText } from '../nlp/analyseText.js';
import { tagNames } from '../nlp/tagNames.js';

export type EntityRefiner = (ctx: ExtractContext, mentions: EntityMention[]) => EntityMention[];

export const ENTITY_REFINERS: readonly EntityRefiner[] = Object.freeze([
  dropUnanchored,
  capitalsAsPlaces,
  resolveTitles,
  keepStateDemonyms,
  findNewPersons,
  confirmNames,
  dropNonNames,
  dropReporters,
  splitFusedNames,
  linkSurnames,
  linkPartialNames,
  peopleOfOtherKinds,
  titlesAsRoles,
  officesInText,
  bodyOfficesInText,
  bareTitles,
]);

export function extractEntities(ctx: ExtractContext, refiners: readonly EntityRefiner[] = ENTITY_REFINERS): EntityMention[] {
  const merged = mergeTaggedNames(extractGazetteerEntities(ctx.text), joinNameParts(ctx.text, tagNames(ctx.text, analyseText(ctx.text))));
  return refiners.reduce((mentions, refine) => refine(ctx, mentions), merged);
}
