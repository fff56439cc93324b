// The ontology as types (DESIGN.md, Graph model).
export * from './kinds.js';
export * from './timeSpan.js';
export * from './article.js';
export * from './mention.js';
export * from './fact.js';
