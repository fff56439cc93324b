// Time extractor, times of day and sets (issue 12): the time of day stays in the TIMEX3 value
// while the interval stays the day; sets are TIMEX3 SET; and what is none (prices, bare numbers,
// a newspaper called "daily", rates). Fixture: tests/fixtures/time/timesOfDay.json.
import { timeCategory } from './time.support.js';

timeCategory('timesOfDay');
