// Raw text -> trimmed lines: CRLF/CR to LF, no-break and other fixed-width spaces to a plain space,
// zero-width characters and soft hyphens dropped. Curly quotes and everything else are untouched.
// Example: normaliseLines('Title\r\n\r\nBody\u00a0text ') -> ['Title', '', 'Body text']

const SPACES = /[\u00a0\u2007\u202f]/g;
const INVISIBLE = /\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad/g;

export function normaliseLines(raw: string): string[] {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(SPACES, ' ')
    .replace(INVISIBLE, '')
    .split('\n')
    .map((line) => line.trim());
}
