// Time extractor, years (issue 12): years as modifiers, range ends, decades, centuries, years in
// words and fiscal years; and what is none (counts, measures, money, names, ages). Fixture:
// tests/fixtures/time/years.json.
import { timeCategory } from './time.support.js';

timeCategory('years');
