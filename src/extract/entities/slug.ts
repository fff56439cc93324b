// Deterministic id parts: "Kim Jong-un" -> "kim-jong-un", "Nguyễn" -> "nguyen".
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Keys already computed: the gazetteer lookup asks for every run of words of every article. */
const keys = new Map<string, string>();
/** Keys kept before the map is emptied (a bound on memory, not on correctness). */
const KEYS_LIMIT = 50_000;

/** Key under which surface forms are compared: case, hyphens and spacing folded ("Moon-Jae in" = "Moon Jae-in"). */
export function aliasKey(surface: string): string {
  let key = keys.get(surface);
  if (key === undefined) {
    key = surface
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[’]/g, "'")
      .replace(/[\s\-\u2010-\u2015]+/g, ' ')
      .trim();
    if (keys.size >= KEYS_LIMIT) keys.clear();
    keys.set(surface, key);
  }
  return key;
}
