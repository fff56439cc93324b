// Fills the side panel with a Details record (detailsOf.ts). Text goes in through textContent
// only, so nothing from an article is ever parsed as HTML.
import type { Details } from './detailsOf.js';

export function renderDetails(panel: HTMLElement, details: Details): void {
  const doc = panel.ownerDocument;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] => {
    const node = doc.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  panel.replaceChildren();
  panel.append(el('h2', details.heading), el('p', details.kind, 'kind'));

  const facts = el('dl');
  for (const [name, value] of details.facts) facts.append(el('dt', name), el('dd', value));
  panel.append(facts);

  panel.append(el('h3', `Evidence (${details.evidence.length})`));
  const evidence = el('ol', undefined, 'evidence');
  for (const e of details.evidence) {
    const item = el('li');
    item.append(el('blockquote', e.quote));
    if (e.about) item.append(el('p', `about: ${e.about}`, 'about'));
    item.append(el('p', `${e.articleTitle}, sentence ${e.sentence}, characters ${e.start}-${e.end}`, 'where'));
    evidence.append(item);
  }
  if (details.evidence.length === 0) evidence.append(el('li', 'No evidence sentence recorded for this item.', 'none'));
  panel.append(evidence);

  panel.append(el('h3', `Sources (${details.sources.length})`));
  const sources = el('ul', undefined, 'sources');
  for (const s of details.sources) {
    const item = el('li');
    if (s.url) {
      const link = el('a', s.title);
      link.href = s.url;
      link.rel = 'noreferrer';
      link.target = '_blank';
      item.append(link);
    } else item.append(el('span', s.title));
    if (s.date) item.append(el('span', ` (${s.date})`, 'date'));
    sources.append(item);
  }
  panel.append(sources);
}
