// Keys whose every pair gives one value: a name that two countries' cities share, or a word that
// begins the names of two countries, names neither. Contract: pairs -> a map of the keys all of whose
// pairs agree, each to its value; a key given two different values is left out.
// Example: agreedValues([['oita', 'JP'], ['alexandria', 'EG'], ['alexandria', 'US']]) -> Map { oita => JP }
export function agreedValues(pairs: Iterable<readonly [string, string]>): Map<string, string> {
  const seen = new Map<string, string | null>();
  for (const [key, value] of pairs) seen.set(key, seen.has(key) && seen.get(key) !== value ? null : value);
  return new Map([...seen].filter((e): e is [string, string] => e[1] !== null));
}
