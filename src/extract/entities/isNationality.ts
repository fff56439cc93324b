// Whether a gazetteer mention is a nationality adjective only ("Swiss", "North Korean"), not also
// a name of its country ("US", "U.S." are both and count as names).
// Example: isNationality(<"Swiss" by entities/demonym>) -> true; isNationality(<"U.S." by entities/demonym>) -> false
import type { EntityMention } from '../../model/index.js';
import { GAZETTEER_BY } from './extractGazetteerEntities.js';
import { aliasKey } from './slug.js';
import { surfaceIndex } from './surfaceIndex.js';

export function isNationality(m: EntityMention): boolean {
  return m.by === GAZETTEER_BY.demonym && !surfaceIndex().byKey.get(aliasKey(m.text))?.some((s) => s.role === 'name');
}
