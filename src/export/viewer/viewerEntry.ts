// Entry point of the browser bundle (scripts/buildViewer.mjs): starts the view on the page it is
// inlined in and exposes its handle as window.newsgraphView.
import { startViewer } from './startViewer.js';

(window as unknown as { newsgraphView: ReturnType<typeof startViewer> }).newsgraphView = startViewer(document);
