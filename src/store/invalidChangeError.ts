// Thrown by GraphStore.write() for a change that cannot be applied (misuse, not bad article data):
// an unknown event kind or status, a participant, place or source that is neither in the change
// nor in the store, an id already used by another kind of node. Nothing is written.
export class InvalidChangeError extends Error {
  override readonly name = 'InvalidChange';
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`Invalid graph change: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}`);
    this.problems = problems;
  }
}
