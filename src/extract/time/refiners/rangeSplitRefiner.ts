// Refiner 4. Splits a range into its two ends, as TimeML annotates it: "from Aug. 26 to Oct. 20"
// is "Aug. 26" and "Oct. 20", "February 27 and 28" is "February 27" and "28", "1957 - 58" is
// "1957" and "58" (1958). It runs after narrativeTenseRefiner, so each end keeps what the other
// gave it (the year of "Feb. 27 to March 1, 2019", the week of "Sunday to Wednesday"); an end
// whose year the other end states is read as stating it too. Both ends are noted as such, so
// that extractTimes can give the first the whole range for dating events.
import { ParsingResult, type Refiner } from 'chrono-node';
import { timeNote } from '../timeNote.js';

/** Word connectors first ("mid-June to mid-July" splits at "to"), then a dash. */
const WORD_CONNECTOR = /\s+(?:to|until|till|through|thru|and)\s+/i;
const DASH_CONNECTOR = /\s*[-–—]\s*(?=[\p{L}\d])/gu;

/** Where a range's text splits into its two ends (null: not at a connector). */
export function splitPoint(text: string): { left: number; right: number } | null {
  const word = WORD_CONNECTOR.exec(text);
  if (word) return { left: word.index, right: word.index + word[0].length };
  let last: RegExpExecArray | null = null;
  for (let m = DASH_CONNECTOR.exec(text); m; m = DASH_CONNECTOR.exec(text)) last = m;
  DASH_CONNECTOR.lastIndex = 0;
  // The dash must stand between two numbers or two words, not inside "mid-June".
  if (!last || !/[\d.]$/.test(text.slice(0, last.index)) || !/^\d/.test(text.slice(last.index + last[0].length))) return null;
  return { left: last.index, right: last.index + last[0].length };
}

export const rangeSplitRefiner: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = [];
    for (const result of results) {
      const at = result.end ? splitPoint(result.text) : null;
      if (!result.end || !at || timeNote.read(result.start).value) {
        out.push(result);
        continue;
      }
      const [start, end] = [result.start, result.end];
      for (const [a, b] of [[start, end], [end, start]] as const) {
        if (!a.isCertain('year') && b.isCertain('year') && a.get('year') === b.get('year')) a.assign('year', a.get('year')!);
      }
      const first = new ParsingResult(context.reference, result.index, result.text.slice(0, at.left), start);
      const second = new ParsingResult(context.reference, result.index + at.right, result.text.slice(at.right), end);
      out.push(timeNote.add(first, { range: 'start' }), timeNote.add(second, { range: 'end' }));
    }
    return out;
  },
};
