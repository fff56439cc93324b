// Labelled spans of a tag sequence in any of the usual encodings: IOB1 (CoNLL-2003's files: B- only
// between two adjacent spans of one type), BIO and BILOU (U- a one-token span, L- the last token).
// Example: tagSpans(['B-PER', 'L-PER', 'O', 'U-LOC']) -> [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }]
export interface TagSpan {
  start: number;
  /** Token index after the span's last token. */
  end: number;
  type: string;
}

export function tagSpans(tags: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let open: TagSpan | undefined;
  tags.forEach((tag, i) => {
    const prefix = tag[0];
    const type = tag.slice(2);
    if (tag === 'O' || tag.length < 3) {
      open = undefined;
      return;
    }
    if (prefix === 'I' || prefix === 'L') {
      if (open && open.type === type && open.end === i) open.end = i + 1;
      else spans.push((open = { start: i, end: i + 1, type }));
    } else spans.push((open = { start: i, end: i + 1, type }));
    if (prefix === 'L' || prefix === 'U') open = undefined;
  });
  return spans;
}
