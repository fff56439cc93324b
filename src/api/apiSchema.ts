// The executable API schema: schema.graphql (the contract, at the package root) with the
// resolvers attached, built once per process for executeQuery. The server hands Apollo the same
// SDL and resolvers (apiTypeDefs + resolvers) rather than this object, so Apollo builds the schema
// with its own graphql module instance (a test runner may load graphql's ESM and CJS builds side by side).
import { buildSchema, GraphQLObjectType, isAbstractType, type GraphQLFieldResolver, type GraphQLSchema, type GraphQLTypeResolver } from 'graphql';
import { apiTypeDefs } from './apiTypeDefs.js';
import { resolvers } from './resolvers.js';

let cached: GraphQLSchema | undefined;

export { apiTypeDefs, schemaFile } from './apiTypeDefs.js';

export function apiSchema(): GraphQLSchema {
  cached ??= attachResolvers(buildSchema(apiTypeDefs()), resolvers);
  return cached;
}

function attachResolvers(schema: GraphQLSchema, map: Record<string, Record<string, unknown>>): GraphQLSchema {
  for (const [typeName, fields] of Object.entries(map)) {
    const type = schema.getType(typeName);
    if (isAbstractType(type) && Object.keys(fields).join() === '__resolveType') {
      type.resolveType = fields.__resolveType as GraphQLTypeResolver<unknown, unknown>;
      continue;
    }
    if (!(type instanceof GraphQLObjectType)) throw new Error(`Resolvers given for ${typeName}, which is no object type of schema.graphql (an interface or union takes __resolveType only)`);
    const schemaFields = type.getFields();
    for (const [fieldName, resolve] of Object.entries(fields)) {
      const field = schemaFields[fieldName];
      if (!field) throw new Error(`Resolver given for ${typeName}.${fieldName}, which schema.graphql does not define`);
      field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
    }
  }
  return schema;
}
