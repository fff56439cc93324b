// Name and alias search over the export graph's nodes with MiniSearch (prefix and fuzzy match):
// nodeSearch(graph)("kim jong") -> [{ key: 'person:kim-jong-un', label: 'Kim Jong Un', kind: 'PERSON' }, ...].
import type { MultiDirectedGraph } from 'graphology';
import MiniSearch from 'minisearch';

export interface SearchHit {
  key: string;
  label: string;
  kind: string;
}

export function nodeSearch(graph: MultiDirectedGraph): (query: string) => SearchHit[] {
  const index = new MiniSearch<SearchHit & { aliases: string }>({ idField: 'key', fields: ['label', 'aliases'], storeFields: ['key', 'label', 'kind'] });
  index.addAll(
    graph.mapNodes((key, attrs) => ({
      key,
      label: typeof attrs.label === 'string' ? attrs.label : key,
      kind: String(attrs.kind ?? ''),
      aliases: Array.isArray(attrs.aliases) ? attrs.aliases.join(' ; ') : '',
    })),
  );
  return (query) =>
    index
      .search(query, { prefix: true, fuzzy: 0.2, boost: { label: 2 }, combineWith: 'AND' })
      .map((hit) => ({ key: String(hit.key), label: String(hit.label), kind: String(hit.kind) }));
}
