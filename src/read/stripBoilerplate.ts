// Page chrome removal, pure, over normalised lines: drops every line a chrome rule matches, drops a
// line that repeats an earlier line word for word (a subtitle or standfirst printed twice), then
// collapses runs of blank lines into single paragraph breaks and trims blank edges.
// Example: stripBoilerplate(['Kim meets Moon', '', 'Kim meets Moon', '', 'Share', 'Body.'])
//   -> ['Kim meets Moon', '', 'Body.']
import { CHROME_RULES, type ChromeRule } from './chromeRules.js';
import { collapseBlankLines } from './collapseBlankLines.js';

/** Only lines with at least two words count as repeated text (not separators like "***"). */
function isRepeatable(line: string): boolean {
  return /\p{L}/u.test(line) && line.split(/\s+/).length >= 2;
}

export function stripBoilerplate(lines: readonly string[], rules: readonly ChromeRule[] = CHROME_RULES): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      kept.push('');
      continue;
    }
    if (rules.some((rule) => rule.test(line))) continue;
    if (isRepeatable(line)) {
      if (seen.has(line)) continue;
      seen.add(line);
    }
    kept.push(line);
  }
  return collapseBlankLines(kept);
}
