// Time extractor, direction of bare months and weekdays (issue 12): tense and aspect decide it,
// reported speech is anchored on the report's day, terms and quarters take the nearest, anaphors
// count from the event told; and what is none (verbs, names). Fixture: tests/fixtures/time/direction.json.
import { timeCategory } from './time.support.js';

timeCategory('direction');
