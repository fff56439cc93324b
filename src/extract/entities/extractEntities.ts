// Entities stage: text -> EntityMention[] (PERSON, COUNTRY, ORGANIZATION, PLACE), each with its
// span, deterministic id and the extractor or refiner that made it. The extractor runs first,
// then the refiners in this fixed order:
//   1. dropUnanchored     "the North" only where North Korea is named
//   2. capitalsAsPlaces   "in Hanoi" is a PLACE, "Pyongyang said" the government
//   3. resolveTitles      "the Russian President" -> the office holder on the reference day
//   4. findNewPersons     names the gazetteer lacks, with their surname-only mentions
//   5. linkSurnames       "Kim" -> the Kim the article names in full
// Example: "South Korean President Moon Jae-in met Kim in Pyongyang" ->
//   Moon Jae-in (PERSON, title "South Korean President"), Kim (PERSON kim-jong-un), Pyongyang (PLACE).
import type { EntityMention } from '../../model/index.js';
import type { ExtractContext } from '../context.js';
import { capitalsAsPlaces } from './capitalsAsPlaces.js';
import { dropUnanchored } from './dropUnanchored.js';
import { extractGazetteerEntities } from './extractGazetteerEntities.js';
import { findNewPersons } from './findNewPersons.js';
import { linkSurnames } from './linkSurnames.js';
import { resolveTitles } from './resolveTitles.js';

export type EntityRefiner = (ctx: ExtractContext, mentions: EntityMention[]) => EntityMention[];

export const ENTITY_REFINERS: readonly EntityRefiner[] = Object.freeze([dropUnanchored, capitalsAsPlaces, resolveTitles, findNewPersons, linkSurnames]);

export function extractEntities(ctx: ExtractContext, refiners: readonly EntityRefiner[] = ENTITY_REFINERS): EntityMention[] {
  return refiners.reduce((mentions, refine) => refine(ctx, mentions), extractGazetteerEntities(ctx.text));
}
