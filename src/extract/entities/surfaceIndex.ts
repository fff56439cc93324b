// Every surface form of the gazetteer under its aliasKey, with what each form names. Built once.
// Keys fold case, spaces and hyphens, so "Moon Jae-in", "Moon Jae In" and "Moon-Jae in" meet.
import { gazetteer, type GazetteerEntry } from './gazetteer.js';
import { aliasKey } from './slug.js';

export type SurfaceRole = 'name' | 'contextual' | 'capital' | 'demonym';

export interface Surface {
  role: SurfaceRole;
  entries: GazetteerEntry[];
}

export interface SurfaceIndex {
  /** aliasKey -> what the surface names, by role (a key may be both a demonym and a name). */
  byKey: Map<string, Surface[]>;
  /** The most words any surface has. */
  maxWords: number;
}

let cached: SurfaceIndex | undefined;

export function surfaceIndex(): SurfaceIndex {
  cached ??= build();
  return cached;
}

function build(): SurfaceIndex {
  const g = gazetteer();
  const byKey = new Map<string, Surface[]>();
  const forms = new Set<string>();
  const add = (form: string, role: SurfaceRole, entries: GazetteerEntry[]) => {
    const key = aliasKey(form);
    const list = byKey.get(key) ?? [];
    const same = list.find((s) => s.role === role);
    if (same) for (const e of entries) if (!same.entries.includes(e)) same.entries.push(e);
    if (!same) list.push({ role, entries: [...entries] });
    byKey.set(key, list);
    forms.add(form);
  };
  for (const e of g.entries) {
    for (const a of e.aliases) add(a, 'name', [e]);
    for (const a of e.contextual) add(a, 'contextual', [e]);
  }
  for (const [cap, code] of g.capitals) add(titleCase(cap), 'capital', [g.countryByCode.get(code)!]);
  for (const [dem, code] of g.demonyms) add(dem.toUpperCase() === dem ? dem : titleCase(dem), 'demonym', [g.countryByCode.get(code)!]);
  for (const list of byKey.values()) for (const s of list) s.entries.sort((a, b) => a.prominence - b.prominence || a.id.localeCompare(b.id));

  const maxWords = Math.max(...[...forms].map((f) => f.split(/[\s\-\u2010-\u2015]+/).length));
  return { byKey, maxWords };
}

function titleCase(s: string): string {
  return s.replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}
