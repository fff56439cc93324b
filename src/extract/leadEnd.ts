// Where a page's lead ends: the lead is its first paragraphs of running prose (a line of LEAD_WORDS
// words or more), with the headline and page chrome before them; it tells the page's news (the
// resolve stage's lead dating, the extract stage's lead news). Contract: (text, paragraphs) -> the
// end offset of the last lead paragraph; the text's length when it has fewer; 0 when it has none.
// Example: leadEnd("Talks end\n\nThe envoys ended their talks ... (twenty words or more)", 1) -> the text's length.

/** Words a paragraph needs to be running prose of the lead. */
const LEAD_WORDS = 20;
/** Prose paragraphs that make the lead. */
const LEAD_PARAGRAPHS = 2;

export function leadEnd(text: string, paragraphs = LEAD_PARAGRAPHS): number {
  let seen = 0;
  let offset = 0;
  for (const line of text.split('\n')) {
    const end = offset + line.length;
    if ((line.match(/\S+/g) ?? []).length >= LEAD_WORDS && ++seen === paragraphs) return end;
    offset = end + 1;
  }
  return seen > 0 ? text.length : 0;
}
