// A polling interval as written on the command line -> milliseconds: a number and a unit,
// s (seconds), m (minutes), h (hours) or d (days); at least one second. formatEvery writes it back.
// Example: parseEvery('15m') -> 900000; parseEvery('1.5h') -> 5400000; parseEvery('15') throws;
//          formatEvery(900000) -> '15m'
const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

export function parseEvery(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([smhd])\s*$/i.exec(text);
  const ms = m ? Number(m[1]) * UNITS[m[2]!.toLowerCase()]! : NaN;
  if (!(ms >= 1000)) throw new RangeError(`expected an interval of at least 1s, like 30s, 15m, 1h or 1d, got "${text}"`);
  return Math.round(ms);
}

export function formatEvery(ms: number): string {
  for (const [unit, size] of Object.entries(UNITS).reverse()) if (ms % size === 0) return `${ms / size}${unit}`;
  return `${ms / 1000}s`;
}
