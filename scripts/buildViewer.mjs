// Bundles the html view for the browser with esbuild (part of `npm run build`): the page logic in
// src/export/viewer/ with sigma, graphology, ForceAtlas2 and MiniSearch into one script,
// dist/viewer/viewer.js, and the stylesheet into dist/viewer/viewer.css. toHtml inlines both.
// Each file is written whole under a temporary name and renamed, so a build running beside tests
// that read the bundle never hands them half a file.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const viewer = path.join(root, 'src', 'export', 'viewer');

const { outputFiles } = await build({
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
  write: false,
});
for (const file of outputFiles) {
  await mkdir(path.dirname(file.path), { recursive: true });
  const partial = `${file.path}.${process.pid}.partial`;
  await writeFile(partial, file.contents);
  await rename(partial, file.path);
}
