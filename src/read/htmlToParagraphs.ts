// A DOM subtree (readability's article content) -> its text content as paragraphs: one paragraph
// per block element, blank line between paragraphs, <br> as a line break, whitespace collapsed
// (kept inside <pre>). Needed because textContent alone glues "<p>A.</p><p>B.</p>" into "A.B.".
// Example: htmlToParagraphs(<div><h1>Talks</h1><p>Kim  met<br>Moon.</p></div>) -> 'Talks\n\nKim met\nMoon.'

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

interface State {
  current: string;
  pre: number;
  paragraphs: string[];
}

function flush(state: State): void {
  const lines = state.current
    .split('\n')
    .map((l) => (state.pre > 0 ? l.replace(/\s+$/, '') : l.replace(/[^\S\n]+/g, ' ').trim()))
    .filter((l) => l.trim() !== '');
  if (lines.length > 0) state.paragraphs.push(lines.join('\n'));
  state.current = '';
}

function walk(node: Node, state: State): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === TEXT_NODE) {
      const data = child.textContent ?? '';
      state.current += state.pre > 0 ? data : data.replace(/\s+/g, ' ');
    } else if (child.nodeType === ELEMENT_NODE) {
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      if (tag === 'BR') {
        state.current += '\n';
      } else if (BLOCKS.has(tag)) {
        flush(state);
        if (tag === 'PRE') state.pre++;
        walk(child, state);
        flush(state);
        if (tag === 'PRE') state.pre--;
      } else {
        walk(child, state);
      }
    }
  }
}

export function htmlToParagraphs(root: Node): string {
  const state: State = { current: '', pre: 0, paragraphs: [] };
  walk(root, state);
  flush(state);
  return state.paragraphs.join('\n\n');
}
