// Time extractor, present and past references (issue 12): "now", "currently", "the past", "at the
// time", "the near future", a present "Today, X is Y"; and what is none ("now that", "the future
// of", "the time he met"). Fixture: tests/fixtures/time/references.json.
import { timeCategory } from './time.support.js';

timeCategory('references');
