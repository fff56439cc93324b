// The executable API schema: schema.graphql (the contract, at the package root) with the
// resolvers attached, built once per process for executeQuery. The server hands Apollo the same
// SDL and resolvers (apiTypeDefs + resolvers) rather than this object, so Apollo builds the schema
// with its own graphql module instance (a test runner may load graphql's ESM and CJS builds side by side).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, GraphQLObjectType, isAbstractType, type GraphQLFieldResolver, type GraphQLSchema, type GraphQLTypeResolver } from 'graphql';
import { resolvers } from './resolvers.js';

let cachedSdl: string | undefined;
let cached: GraphQLSchema | undefined;

/** The text of schema.graphql. */
export function apiTypeDefs(): string {
  cachedSdl ??= readFileSync(schemaFile(), 'utf8');
  return cachedSdl;
}

export function apiSchema(): GraphQLSchema {
  cached ??= attachResolvers(buildSchema(apiTypeDefs()), resolvers);
  return cached;
}

/** schema.graphql at the package root, found upwards from this module (src/api or dist/src/api). */
export function schemaFile(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'schema.graphql');
    if (existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error('schema.graphql not found above ' + path.dirname(fileURLToPath(import.meta.url)));
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
