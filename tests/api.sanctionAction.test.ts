// Sanction.action from the description the sanctions extractor writes (src/extract/events/sanctionMove.ts), and the CAMEO code it gives.
import { expect, it } from 'vitest';
import { sanctionAction } from '../src/api/sanctionAction.js';
import { cameoOf } from '../src/api/cameoOf.js';

it('reads the extractor\'s actions and verb forms, and gives null for anything else', () => {
  const cases: [string | null, string | null][] = [
    ['imposed', 'IMPOSED'],
    ['impose', 'IMPOSED'],
    ['maintained', 'MAINTAINED'],
    ['keeps', 'MAINTAINED'],
    ['extended', 'MAINTAINED'],
    ['eased', 'EASED'],
    ['relaxed', 'EASED'],
    ['lifted', 'LIFTED'],
    ['rescind', 'LIFTED'],
    ['removed', 'LIFTED'],
    ['lifted; imposed', 'LIFTED'],
    ['relief demanded', null],
    ['beautiful', null],
    [null, null],
  ];
  for (const [description, action] of cases) expect(sanctionAction({ description }), String(description)).toBe(action);
});

it('gives lifted and eased sanctions CAMEO 085 (ease sanctions), imposed or unknown ones 163, other kinds their own code', () => {
  expect(cameoOf({ kind: 'SANCTION', description: 'lifted' })).toBe('085');
  expect(cameoOf({ kind: 'SANCTION', description: 'eased' })).toBe('085');
  expect(cameoOf({ kind: 'SANCTION', description: 'imposed' })).toBe('163');
  expect(cameoOf({ kind: 'SANCTION', description: 'maintained' })).toBe('163');
  expect(cameoOf({ kind: 'SANCTION', description: null })).toBe('163');
  // Negative: a meeting whose description happens to start like a lift keeps its kind's code.
  expect(cameoOf({ kind: 'MEETING', description: 'lifted spirits' })).toBe('040');
});
