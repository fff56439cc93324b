// The depth limit: an operation nested deeper than maxDepth fields (fragments followed,
// introspection fields not counted) is refused before it runs, with code QUERY_TOO_DEEP, so one
// query cannot fan out through events -> participants -> entity -> events ... without bound.
//
//   depthLimitError(parse('{ events { edges { node { id } } } }'), undefined, 2)
//     -> GraphQLError 'Query is 4 levels deep; at most 2 are allowed' (extensions.code QUERY_TOO_DEEP)
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

export const MAX_QUERY_DEPTH = 12;

/** How many fields deep the operation nests (a field without a selection set counts 1). */
export function operationDepth(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const depthOf = (set: SelectionSetNode | undefined, seen: ReadonlySet<string>): number => {
    if (!set) return 0;
    let deepest = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        deepest = Math.max(deepest, selection.name.value.startsWith('__') ? 0 : 1 + depthOf(selection.selectionSet, seen));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
      } else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        deepest = Math.max(deepest, depthOf(fragment?.selectionSet, new Set([...seen, selection.name.value])));
      }
    }
    return deepest;
  };
  return depthOf(operation.selectionSet, new Set());
}

/** QUERY_TOO_DEEP when the operation nests deeper than maxDepth; null when it is within the limit. */
export function depthLimitError(document: DocumentNode, operation: OperationDefinitionNode, maxDepth: number = MAX_QUERY_DEPTH): GraphQLError | null {
  const depth = operationDepth(document, operation);
  if (depth <= maxDepth) return null;
  return new GraphQLError(`Query is ${depth} levels deep; at most ${maxDepth} are allowed. Ask for fewer nested fields, or split the query.`, {
    nodes: [operation],
    extensions: { code: 'QUERY_TOO_DEEP', depth, maxDepth },
  });
}
