// What a write did to the memory store's graph and tables, as steps that undo it: a write is
// applied in place, and if anything fails before it is done the steps run backwards and leave
// everything as it was (the memory store no longer copies the whole graph for each write).
//
//   const log = new UndoLog();
//   graph.addNode(id, attributes); log.push(() => graph.dropNode(id));
//   log.undo();  // the node is gone again
export class UndoLog {
  private readonly steps: (() => void)[] = [];

  push(step: () => void): void {
    this.steps.push(step);
  }

  /** Runs every step, last first, once. */
  undo(): void {
    for (let step = this.steps.pop(); step; step = this.steps.pop()) step();
  }
}
