// Bundles the html view for the browser with esbuild (part of `npm run build`): the page logic in
// src/export/viewer/ with sigma, graphology, ForceAtlas2 and MiniSearch into one script,
// dist/viewer/viewer.js, and the stylesheet into dist/viewer/viewer.css. toHtml inlines both.
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const viewer = path.join(root, 'src', 'export', 'viewer');

await build({
  entryPoints: [
    { in: path.join(viewer, 'viewerEntry.ts'), out: 'viewer' },
    { in: path.join(viewer, 'viewer.css'), out: 'viewer' },
  ],
  outdir: path.join(root, 'dist', 'viewer'),
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020'],
  logLevel: 'warning',
});
