// Windows for a page's day of writing intersect (src/resolve/intersectBounds.ts); two that share no
// day date nothing, and a reason already given is not repeated.
import { describe, expect, it } from 'vitest';
import { intersectBounds } from '../src/resolve/intersectBounds.js';

describe('intersectBounds', () => {
  it('overlapping windows: the days both allow, with both reasons', () => {
    expect(intersectBounds([
      { earliest: '2031-01-20', latest: '2031-01-26', text: 'a past "monday"' },
      { earliest: '2031-01-24', latest: '2031-01-30', text: 'a past "friday"' },
    ])).toEqual({ earliest: '2031-01-24', latest: '2031-01-26', text: 'a past "monday"; a past "friday"' });
  });

  it('a reason given twice is written once', () => {
    expect(intersectBounds([
      { earliest: '2031-01-20', latest: '2031-01-26', text: 'its timestamp' },
      { earliest: '2031-01-20', latest: '2031-01-22', text: 'its timestamp' },
    ])).toEqual({ earliest: '2031-01-20', latest: '2031-01-22', text: 'its timestamp' });
  });

  it('negative: windows that share no day, or none at all, date nothing', () => {
    expect(intersectBounds([
      { earliest: '2031-01-20', latest: '2031-01-22', text: 'a' },
      { earliest: '2031-01-23', latest: '2031-01-25', text: 'b' },
    ])).toBeNull();
    expect(intersectBounds([])).toBeNull();
  });
});
