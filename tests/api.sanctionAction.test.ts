// Sanction.action from the description the sanctions extractor writes (src/extract/events/sanctionMove.ts).
import { expect, it } from 'vitest';
import { sanctionAction } from '../src/api/sanctionAction.js';

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
