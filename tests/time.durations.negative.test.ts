// Time extractor, durations (issue 12): what must not be a duration (ages, distances, fractions,
// ordinals, rates, names) and exact TimeML extents and values (modifiers, fractions, decades as
// years, vague and ranged counts). Fixture: tests/fixtures/time/durations.json.
import { timeCategory } from './time.support.js';

timeCategory('durations');
