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

/** Key under which surface forms are compared: case, hyphens and spacing folded ("Moon-Jae in" = "Moon Jae-in"). */
export function aliasKey(surface: string): string {
  return surface
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/[\s\-\u2010-\u2015]+/g, ' ')
    .trim();
}
