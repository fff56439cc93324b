// The GraphiQL IDE page served at GET /: plain HTML that loads React, ReactDOM, GraphiQL and its
// CSS from /assets/ (copies of the installed packages, never a CDN) and /assets/ide.js, which
// mounts GraphiQL against /graphql with the example operations as tabs.
import type { IdeExample } from './ideExamples.js';

export function graphiqlPage(examples: readonly IdeExample[], title = 'newsgraph'): string {
  // JSON in a <script type="application/json"> block: "<" escaped so no text can close the tag.
  const data = JSON.stringify({ tabs: examples.map((e) => ({ query: e.query, variables: e.variables })) }).replace(/</g, '\\u003c');
  const list = examples.map((e) => `<li>${escapeHtml(e.title)}</li>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} - GraphiQL</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/graphiql.css">
<style>html, body, #graphiql { height: 100%; margin: 0; overflow: hidden; }</style>
</head>
<body>
<!-- Example tabs: ${examples.map((e) => escapeHtml(e.title).replace(/--/g, '- -')).join(' | ')} -->
<div id="graphiql"><noscript><p>The GraphiQL IDE needs JavaScript. POST GraphQL queries to /graphql. Examples:</p><ul>${list}</ul></noscript></div>
<script type="application/json" id="newsgraph-examples">${data}</script>
<script src="/assets/react.js"></script>
<script src="/assets/react-dom.js"></script>
<script src="/assets/graphiql.js"></script>
<script src="/assets/ide.js"></script>
</body>
</html>
`;
}

/** /assets/ide.js: mounts GraphiQL (UMD globals React, ReactDOM, GraphiQL) with a fetcher that drops a stale operation name. */
export const IDE_SCRIPT = `(function () {
  'use strict';
  var examples = JSON.parse(document.getElementById('newsgraph-examples').textContent);
  var graphqlFetcher = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).toString() });
  // GraphiQL 3 may keep the operation name of the tab run before when another tab runs
  // (graphql/graphiql#3632: "Unknown operation named ..."); send only a name the document defines.
  var fetcher = function (params, options) {
    var name = params.operationName;
    if (name && typeof params.query === 'string' && !new RegExp('\\b(query|mutation|subscription)\\s+' + name + '\\b').test(params.query)) {
      params = Object.assign({}, params, { operationName: undefined });
    }
    return graphqlFetcher(params, options);
  };
  var tabs = examples.tabs;
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: tabs.length > 0 ? tabs[0].query : undefined,
    defaultTabs: tabs,
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: false
  }));
})();
`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}
