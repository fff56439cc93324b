// The lead's news told by a date with its weekday (src/resolve/leadDatedDay.ts): told as past in
// the lead, the date (its year, when missing, fixed by the weekday among the latest year the page
// names and the one either side) and the two days after bound the day of writing. A date told as
// coming, one past the lead, one whose weekday no candidate year has, or one in a page that names
// no year date nothing. 2030-11-24 was a Sunday, 2031-11-24 a Monday, 2031-04-02 a Wednesday.
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/model/index.js';
import { leadDatedDay } from '../src/resolve/leadDatedDay.js';
import { ownDayBounds } from '../src/resolve/ownDays.js';

const article = (text: string): Article => ({ id: `article:lead-dated-${text.length}`, source: 'lead.txt', text, publishedAt: null, dateSource: 'none' });
const PROSE = 'The envoys of Norland and Suvia, who have argued over the fishing grounds for twelve years, met in Harbourtown for a third round.';

describe('the lead\'s news told by a date with its weekday', () => {
  it('"failed on Monday, 24 November" in a page that names 2032: the Monday of 2031, and the two days after', () => {
    const text = `Talks fail\n\nThe envoys failed on Monday, 24 November, to settle the dispute and gave themselves until June 30, 2032 to try again. ${PROSE}`;
    expect(leadDatedDay(article(text))).toMatchObject({ earliest: '2031-11-24', latest: '2031-11-26' });
    // ownDayBounds carries it for inferPublication.
    expect(ownDayBounds(article(text))).toMatchObject({ earliest: '2031-11-24', latest: '2031-11-26' });
  });

  it('a date with its year and a matching weekday ("on Wednesday, April 2, 2031") needs no other year', () => {
    const text = `Framework agreed\n\nThe envoys agreed on Wednesday, April 2, 2031 on the key points of a deal, officials said. ${PROSE}`;
    expect(leadDatedDay(article(text))).toMatchObject({ earliest: '2031-04-02', latest: '2031-04-04' });
  });

  it('a part of the day between the weekday and the date ("On Monday afternoon, 24 November, ...") changes nothing', () => {
    const text = `Talks fail\n\nOn Monday afternoon, 24 November, the envoys failed to settle the dispute and gave themselves until June 30, 2032 to try again. ${PROSE}`;
    expect(leadDatedDay(article(text))).toMatchObject({ earliest: '2031-11-24', latest: '2031-11-26' });
  });

  it('negative: told as coming, or with no tense at all, it dates nothing', () => {
    expect(leadDatedDay(article(`Talks ahead\n\nThe envoys will meet on Monday, 24 November, to settle the dispute before June 30, 2032. ${PROSE}`))).toBeNull();
    expect(leadDatedDay(article(`Talks\n\nMonday, 24 November: talks between the envoys, with a deadline of June 30, 2032. ${PROSE}`))).toBeNull();
  });

  it('negative: a weekday the date\'s year does not give, a page naming no year, a date past the lead', () => {
    expect(leadDatedDay(article(`Framework agreed\n\nThe envoys agreed on Thursday, April 2, 2031 on the key points of a deal, officials said. ${PROSE}`))).toBeNull();
    expect(leadDatedDay(article(`Talks fail\n\nThe envoys failed on Monday, 24 November, to settle the dispute, officials said on the day. ${PROSE}`))).toBeNull();
    const late = `Talks fail\n\nThe envoys failed to settle the dispute and will try again before June 30, 2032, officials said. ${PROSE}\n\nNo deal came closer this month. ${PROSE}\n\nThe first round had failed on Monday, 24 November, too.`;
    expect(leadDatedDay(article(late))).toBeNull();
  });
});
