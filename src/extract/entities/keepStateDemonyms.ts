// Refiner: a nationality adjective names its country only where it stands for the state: before
// a word for the state's people in office, organs, forces, territory or acts ("North Korean
// officials", "Chinese state media", "the Swedish capital", "North Korean and US officials";
// data/gazetteer/nameCues.json, stateNouns). Elsewhere it is a nationality, not a country ("Swiss
// bank", "Polish farmers", "a West Indian all-rounder") and is dropped. Titles ("South Korean
// President") were folded into their person by resolveTitles before this runs; a word that is
// also the country's name ("US") is the country anyway.
// Example: "Polish farmers met Chinese officials" -> Chinese (COUNTRY china) only.
import type { EntityMention } from '../../model/index.js';
import type { ExtractContext } from '../context.js';
import { isNationality } from './isNationality.js';
import { nameCues } from './nameCues.js';

const COORDINATION = /^(?:\s*,\s*|,?\s+(?:and|or)\s+|-)$/;
let stateNouns: RegExp | undefined;

export function keepStateDemonyms(ctx: ExtractContext, mentions: EntityMention[]): EntityMention[] {
  stateNouns ??= stateNounPattern();
  return mentions.filter((m, i) => {
    if (!isNationality(m)) return true;
    let end = m.end;
    // "American and South Korean troops": on through the demonyms coordinated with this one.
    for (let k = i + 1; k < mentions.length && mentions[k]!.kind === 'COUNTRY' && COORDINATION.test(ctx.text.slice(end, mentions[k]!.start)); k++) end = mentions[k]!.end;
    return stateNouns!.test(ctx.text.slice(end, end + 60));
  });
}

function stateNounPattern(): RegExp {
  const words = nameCues().stateNouns.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
  return new RegExp(`^\\s+(?:(?:state-run|state-owned|state|top|senior|former|ruling|military|government|official|nuclear|armed|colonial)\\s+)?(?:${words})(?![\\p{L}])`, 'iu');
}
