// Lines -> lines with at most one blank line between paragraphs and none at either end.
// Example: collapseBlankLines(['', 'A', '', '', '', 'B', '']) -> ['A', '', 'B']

export function collapseBlankLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
    } else {
      out.push(line);
    }
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}
