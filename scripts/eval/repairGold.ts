// Rewrites the gold files' offsets after a change to the read stage's cleaning moved the text
// (anchorGold finds each mention's new place); prints every repair so the change can be reviewed.
// Run: npx tsx scripts/eval/repairGold.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSources } from '../../src/read/readSources.js';
import { anchorGold } from './anchorGold.js';
import type { GoldArticle } from './goldTypes.js';

const GOLD = 'tests/gold';
for (const file of readdirSync(GOLD).filter((f) => f.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(GOLD, file), 'utf8')) as GoldArticle;
  const { articles } = await readSources([join('examples/articles', gold.article)]);
  const article = articles[0];
  if (!article) throw new Error(`${file}: article ${gold.article} could not be read`);
  const { gold: fixed, repairs } = anchorGold(gold, article.text);
  if (repairs.length === 0) continue;
  console.log(`${file}: ${repairs.length} offsets moved\n  ${repairs.join('\n  ')}`);
  writeFileSync(join(GOLD, file), JSON.stringify(fixed, null, 2) + '\n');
}
