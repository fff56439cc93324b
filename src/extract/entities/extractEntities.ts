// Entities stage: text -> EntityMention[] (PERSON, COUNTRY, ORGANIZATION, PLACE), each with its
// span, deterministic id and the extractor or refiner that made it. Two extractors run first: the
// gazetteer's known names and the learned tagger's names (any name, linked to the gazetteer where
// it knows it); mergeTaggedNames makes one list of them, then the refiners run in this fixed order:
//   1. dropUnanchored     "the North" only where North Korea is named
//   2. capitalsAsPlaces   "in Hanoi" is a PLACE, "Pyongyang said" the government
//   3. resolveTitles      "the Russian President" -> the office holder on the reference day
//   4. keepStateDemonyms  "North Korean officials" name the state; "Swiss bank" names no country
//   5. findNewPersons     names after a role word that the tagger missed ("ministers ... No Kwang Chol")
//   6. linkSurnames       "Kim" -> the Kim the article names in full (gazetteer people)
//   7. linkPartialNames   "Petrov" -> the Ivan Petrov the article names in full (anyone else)
// Example: "South Korean President Moon Jae-in met Kim in Pyongyang" ->
//   Moon Jae-in (PERSON, title "South Korean President"), Kim (PERSON kim-jong-un), Pyongyang (PLACE).
import type { EntityMention } from '../../model/index.js';
import type { ExtractContext } from '../context.js';
import { capitalsAsPlaces } from './capitalsAsPlaces.js';
import { dropUnanchored } from './dropUnanchored.js';
import { extractGazetteerEntities } from './extractGazetteerEntities.js';
import { findNewPersons } from './findNewPersons.js';
import { keepStateDemonyms } from './keepStateDemonyms.js';
import { linkPartialNames } from './linkPartialNames.js';
import { linkSurnames } from './linkSurnames.js';
import { mergeTaggedNames } from './mergeTaggedNames.js';
import { resolveTitles } from './resolveTitles.js';
import { analyseText } from '../nlp/analyseText.js';
import { tagNames } from '../nlp/tagNames.js';

export type EntityRefiner = (ctx: ExtractContext, mentions: EntityMention[]) => EntityMention[];

export const ENTITY_REFINERS: readonly EntityRefiner[] = Object.freeze([
  dropUnanchored,
  capitalsAsPlaces,
  resolveTitles,
  keepStateDemonyms,
  findNewPersons,
  linkSurnames,
  linkPartialNames,
]);

export function extractEntities(ctx: ExtractContext, refiners: readonly EntityRefiner[] = ENTITY_REFINERS): EntityMention[] {
  const merged = mergeTaggedNames(extractGazetteerEntities(ctx.text), tagNames(ctx.text, analyseText(ctx.text)));
  return refiners.reduce((mentions, refine) => refine(ctx, mentions), merged);
}
