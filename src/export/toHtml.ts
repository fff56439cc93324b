// The html export: one self-contained page (no network) that shows the export graph with sigma.js
// over graphology. It inlines the viewer bundle and stylesheet that `npm run build` makes with
// esbuild (scripts/buildViewer.mjs -> dist/viewer/viewer.js, viewer.css) and the graph itself,
// serialised by graphology, as JSON in a <script type="application/json"> block.
// The page: nodes coloured by kind with a legend, the export graph's x/y or a ForceAtlas2 layout,
// a time slider over the events' days, search by name or alias, and a details panel with the
// evidence sentences and source articles of a clicked node or edge (src/export/viewer/).
//
//   writeFileSync('graph.html', toHtml(await loadExportGraph(store, {})))
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExportGraph, ResolvedExportFilter } from './loadExportGraph.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const BUNDLE = { script: path.join('dist', 'viewer', 'viewer.js'), style: path.join('dist', 'viewer', 'viewer.css') };

export function toHtml(graph: ExportGraph): string {
  const script = readBundle(BUNDLE.script);
  const style = readBundle(BUNDLE.style);
  // "<" escaped (as JSON's \u003c) so no text in the graph can close the script block.
  const data = JSON.stringify(graph.export()).replace(/</g, '\\u003c');
  const title = `newsgraph: ${graph.order} nodes, ${graph.size} edges${describeFilter(graph.getAttribute('filter'))}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${style.replace(/<\/(style)/gi, '<\\/$1')}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<div class="search"><input id="search" type="search" placeholder="Find a node by name or alias" aria-label="Find a node by name or alias" autocomplete="off"><ul id="search-hits"></ul></div>
<label>events up to <input id="day" type="range" aria-label="Show events begun by this day"> <output id="day-label" for="day"></output></label>
<label><input id="undated" type="checkbox" checked> undated events</label>
<output id="shown" aria-live="polite"></output>
</header>
<main><div id="graph"></div><ul id="legend" aria-label="Node kinds"></ul></main>
<aside id="details" aria-label="Evidence and sources"></aside>
<noscript><p>The graph view needs JavaScript; the graph is in the JSON block of this page.</p></noscript>
<script type="application/json" id="newsgraph-data">${data}</script>
<script>${script.replace(/<\/(script)/gi, '<\\/$1')}</script>
</body>
</html>
`;
}

function readBundle(relative: string): string {
  try {
    return readFileSync(path.join(ROOT, relative), 'utf8');
  } catch (cause) {
    const error = new Error(`toHtml: the viewer bundle ${relative} is missing (looked in ${ROOT}); run \`npm run build\` to make it`, { cause });
    error.name = 'ViewerBundleMissing';
    throw error;
  }
}

function describeFilter(filter: ResolvedExportFilter | undefined): string {
  const parts: string[] = [];
  if (filter?.entity) parts.push(`around ${filter.entity.join(', ')} within ${filter.hops ?? 1} hop(s)`);
  if (filter?.from || filter?.to) parts.push(`events from ${filter.from ?? 'the start'} to ${filter.to ?? 'the end'}`);
  return parts.length > 0 ? `, ${parts.join(', ')}` : '';
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
