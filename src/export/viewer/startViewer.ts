// The html view's page logic (bundled by scripts/buildViewer.mjs into dist/viewer/viewer.js and
// inlined by toHtml): reads the export graph from <script id="newsgraph-data">, draws it with sigma
// over graphology, and wires the legend, the time slider, the search box and the details panel to
// the elements toHtml's page provides. Hand-written here is only the glue no library provides:
// the filter and highlight reducers, the panel and the legend.
// window.newsgraphView exposes what sigma actually drew (visible nodes, edges and events, frames
// rendered, where a node sits on screen) for the browser test and for a curious analyst's console.
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import Sigma from 'sigma';
import { detailsOf, type Selection } from './detailsOf.js';
import { KIND_COLORS, UNKNOWN_KIND_COLOR } from './kindColors.js';
import { layoutGraph } from './layoutGraph.js';
import { nodeSearch } from './nodeSearch.js';
import { renderDetails } from './renderDetails.js';
import { timeFilter } from './timeFilter.js';

export interface ViewerHandle {
  /** Frames sigma has rendered. */
  renders: number;
  /** Nodes, edges and event nodes sigma currently draws (not hidden by the slider). */
  visible(): { nodes: number; edges: number; events: number };
  /** Where a node is drawn, in page (client) coordinates; null when hidden or unknown. */
  nodeClientPosition(key: string): { x: number; y: number } | null;
}

export function startViewer(doc: Document): ViewerHandle {
  const byId = <T extends HTMLElement>(id: string): T => {
    const found = doc.getElementById(id);
    if (!found) throw new Error(`newsgraph view: the page has no #${id} element`);
    return found as T;
  };
  const exported = MultiDirectedGraph.from(JSON.parse(byId('newsgraph-data').textContent ?? '') as SerializedGraph);
  const display = layoutGraph(exported);
  const time = timeFilter(exported);
  const slider = byId<HTMLInputElement>('day');
  const undated = byId<HTMLInputElement>('undated');
  const dayLabel = byId<HTMLOutputElement>('day-label');
  const shown = byId<HTMLOutputElement>('shown');
  const panel = byId<HTMLElement>('details');
  const container = byId<HTMLElement>('graph');

  let hidden = new Set<string>();
  let selected: Selection | null = null;
  const isSelectedNode = (key: string): boolean => selected !== null && 'node' in selected && selected.node === key;

  const renderer = new Sigma(display, container, {
    defaultEdgeType: 'arrow',
    renderEdgeLabels: false,
    enableEdgeEvents: true,
    labelRenderedSizeThreshold: 7,
    zIndex: true,
    nodeReducer: (key, data) => {
      if (hidden.has(key)) return { ...data, hidden: true };
      if (isSelectedNode(key)) return { ...data, highlighted: true, zIndex: 2 };
      return data;
    },
    edgeReducer: (key, data) => {
      const [source, target] = display.extremities(key);
      const event = exported.getEdgeAttribute(key, 'event');
      if (hidden.has(source) || hidden.has(target) || (typeof event === 'string' && hidden.has(event))) return { ...data, hidden: true };
      if (selected !== null && 'edge' in selected && selected.edge === key) return { ...data, color: '#000000', size: 4, zIndex: 2 };
      if (isSelectedNode(source) || isSelectedNode(target)) return { ...data, color: '#555555', size: 3, zIndex: 1 };
      return data;
    },
  });

  const handle: ViewerHandle = {
    renders: 0,
    visible() {
      const nodes = display.filterNodes((key) => renderer.getNodeDisplayData(key)?.hidden === false);
      return {
        nodes: nodes.length,
        edges: display.filterEdges((key) => renderer.getEdgeDisplayData(key)?.hidden === false).length,
        events: nodes.filter((key) => exported.getNodeAttribute(key, 'group') === 'event').length,
      };
    },
    nodeClientPosition(key) {
      const data = renderer.getNodeDisplayData(key);
      if (!data || data.hidden) return null;
      const at = renderer.framedGraphToViewport(data);
      const box = container.getBoundingClientRect();
      return { x: box.left + at.x, y: box.top + at.y };
    },
  };
  renderer.on('afterRender', () => {
    handle.renders += 1;
  });

  const select = (selection: Selection | null): void => {
    selected = selection;
    if (selection) renderDetails(panel, detailsOf(exported, selection));
    else panel.replaceChildren(Object.assign(doc.createElement('p'), { textContent: 'Click a node or an edge to see its evidence and sources.', className: 'hint' }));
    renderer.refresh({ skipIndexation: true });
  };
  renderer.on('clickNode', ({ node }) => select({ node }));
  renderer.on('clickEdge', ({ edge }) => select({ edge }));
  renderer.on('clickStage', () => select(null));
  for (const event of ['enterNode', 'enterEdge', 'leaveNode', 'leaveEdge'] as const) {
    renderer.on(event, () => {
      container.style.cursor = event.startsWith('enter') ? 'pointer' : '';
    });
  }

  const applyTime = (): void => {
    const offset = Number(slider.value);
    hidden = time.hiddenAt(offset, undated.checked);
    dayLabel.value = time.days > 0 ? time.dayAt(offset) : 'no dated events';
    renderer.refresh();
    const events = exported.filterNodes((_key, attrs) => attrs.group === 'event').length;
    const visible = handle.visible();
    shown.value = `${visible.events} of ${events} events, ${visible.nodes} nodes, ${visible.edges} edges shown`;
    shown.dataset.events = String(visible.events);
    shown.dataset.nodes = String(visible.nodes);
    shown.dataset.edges = String(visible.edges);
  };
  slider.min = '0';
  slider.max = String(Math.max(0, time.days - 1));
  slider.value = slider.max;
  slider.disabled = time.days === 0;
  slider.addEventListener('input', applyTime);
  undated.addEventListener('change', applyTime);

  wireSearch(doc, byId<HTMLInputElement>('search'), byId<HTMLElement>('search-hits'), nodeSearch(exported), (key) => {
    const data = renderer.getNodeDisplayData(key);
    if (data && !data.hidden) void renderer.getCamera().animate({ x: data.x, y: data.y, ratio: 0.6 }, { duration: 300 });
    select({ node: key });
  });
  fillLegend(doc, byId<HTMLElement>('legend'), exported);
  applyTime();
  select(null);
  return handle;
}

function wireSearch(doc: Document, input: HTMLInputElement, list: HTMLElement, search: ReturnType<typeof nodeSearch>, choose: (key: string) => void): void {
  const show = (): void => {
    list.replaceChildren();
    const query = input.value.trim();
    if (query === '') return;
    for (const hit of search(query).slice(0, 8)) {
      const button = Object.assign(doc.createElement('button'), { type: 'button', textContent: `${hit.label} (${hit.kind})` });
      button.dataset.key = hit.key;
      button.addEventListener('click', () => {
        list.replaceChildren();
        choose(hit.key);
      });
      const item = doc.createElement('li');
      item.append(button);
      list.append(item);
    }
  };
  input.addEventListener('input', show);
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    const first = search(input.value.trim())[0];
    list.replaceChildren();
    if (first) choose(first.key);
  });
}

function fillLegend(doc: Document, legend: HTMLElement, graph: MultiDirectedGraph): void {
  const counts = new Map<string, number>();
  graph.forEachNode((_key, attrs) => counts.set(String(attrs.kind ?? ''), (counts.get(String(attrs.kind ?? '')) ?? 0) + 1));
  const kinds = [...Object.keys(KIND_COLORS).filter((k) => counts.has(k)), ...[...counts.keys()].filter((k) => !(k in KIND_COLORS))];
  legend.replaceChildren(
    ...kinds.map((kind) => {
      const item = doc.createElement('li');
      const swatch = Object.assign(doc.createElement('span'), { className: 'swatch' });
      swatch.style.background = KIND_COLORS[kind] ?? UNKNOWN_KIND_COLOR;
      item.append(swatch, `${kind} (${counts.get(kind) ?? 0})`);
      return item;
    }),
  );
}
