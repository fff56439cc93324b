// Options of scripts/eval/evaluate.ts, resolved once with their defaults. Misuse (an unknown
// option, a bad --min-f1 list) throws EvalUsageError, which the script reports with exit code 2.
// Example: parseArgs(['--verbose', '--min-f1', 'entities=0.85,events=0.75'])
//   -> { gold: 'tests/gold', articles: 'examples/articles', verbose: true, json: null, minF1: Map { 'entities' => 0.85, 'events' => 0.75 } }
import { CATEGORY_NAMES, type CategoryName } from './summarise.js';

export class EvalUsageError extends Error {
  override readonly name = 'EvalUsageError';
}

export interface EvalOptions {
  gold: string;
  articles: string;
  verbose: boolean;
  json: string | null;
  minF1: Map<CategoryName, number>;
  /** Only these gold files (names without extension), for a quick look at a few articles. */
  only: string[];
}

export const DEFAULT_OPTIONS: Readonly<EvalOptions> = Object.freeze({ gold: 'tests/gold', articles: 'examples/articles', verbose: false, json: null, minF1: new Map(), only: [] });

export const USAGE = `usage: npm run eval -- [--verbose] [--json FILE] [--min-f1 entities=0.85,times=0.85,events=0.75]
                       [--gold DIR] [--articles DIR] [--only NAME[,NAME...]]
categories for --min-f1: ${CATEGORY_NAMES.join(', ')}`;

export function parseMinF1(spec: string): Map<CategoryName, number> {
  const out = new Map<CategoryName, number>();
  for (const part of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([\w.+]+)=(\d*\.?\d+)$/.exec(part);
    if (!m) throw new EvalUsageError(`--min-f1: expected name=number, got "${part}"`);
    const name = m[1] as CategoryName;
    if (!CATEGORY_NAMES.includes(name)) throw new EvalUsageError(`--min-f1: unknown category "${m[1]}" (one of ${CATEGORY_NAMES.join(', ')})`);
    const value = Number(m[2]);
    if (!(value >= 0 && value <= 1)) throw new EvalUsageError(`--min-f1: ${name} must be between 0 and 1, got ${m[2]}`);
    out.set(name, value);
  }
  return out;
}

export function parseArgs(argv: readonly string[]): EvalOptions {
  const o: EvalOptions = { ...DEFAULT_OPTIONS, minF1: new Map(), only: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    // "--json=out.json" and "--min-f1=entities=0.85" split at the first "=".
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new EvalUsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--verbose':
      case '-v':
        o.verbose = true;
        break;
      case '--json':
        o.json = value();
        break;
      case '--min-f1':
        o.minF1 = parseMinF1(value());
        break;
      case '--gold':
        o.gold = value();
        break;
      case '--articles':
        o.articles = value();
        break;
      case '--only':
        o.only = value().split(',').map((s) => s.trim()).filter(Boolean);
        break;
      default:
        throw new EvalUsageError(`unknown option ${arg}`);
    }
  }
  return o;
}
