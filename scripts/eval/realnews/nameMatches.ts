// Whether an entity the API serves is the one a key names. Names compare as words: accents,
// case and punctuation dropped ("François Hollande" = "Francois Hollande", "U.S." = "u s").
// An entity matches when one of its names equals one of the key's names, when it is the key
// name's last words ("Putin", "Vladimir Putin" for "Vladimir Putin"), or when it contains the
// whole key name ("President Vladimir Putin"). A first name alone ("Vladimir") never matches.
// Example: nameMatches(['Petro Poroshenko', 'Porochenko'], { name: 'Poroshenko', aliases: [] … }) -> true
import type { ViewEntity } from './realnewsTypes.js';

export function words(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function isSuffix(part: string[], whole: string[]): boolean {
  return part.length > 0 && part.length <= whole.length && part.every((w, i) => whole[whole.length - part.length + i] === w);
}

function contains(whole: string[], part: string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  for (let i = 0; i + part.length <= whole.length; i++) if (part.every((w, j) => whole[i + j] === w)) return true;
  return false;
}

export function nameMatches(keyNames: readonly string[], entity: Pick<ViewEntity, 'name' | 'aliases'>): boolean {
  const keys = keyNames.map(words).filter((k) => k.length > 0);
  const surfaces = [entity.name, ...entity.aliases].map(words).filter((s) => s.length > 0);
  return keys.some((k) => surfaces.some((s) => s.join(' ') === k.join(' ') || (k.length > 1 && isSuffix(s, k)) || contains(s, k)));
}
