// The words full-text search compares (GraphStore.search): runs of letters and digits of the
// NFKC-normalised, lowercased text. Both stores index names and titles by these words (memory:
// its inverted index; Neo4j: the searchText property under a whitespace analyzer), so they
// find exactly the same candidates.
//
//   searchWords("Kim Jong-un's U.S. trip") -> ['kim', 'jong', 'un', 's', 'u', 's', 'trip']
export function searchWords(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
