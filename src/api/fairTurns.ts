// Fair turns for the fields that do work (fieldCosts.ts): each such field starts only when its
// request's turn comes, requests taking turns round-robin, one field per turn, with the event loop
// free in between (the next turn is granted from setImmediate, after pending I/O). So a request of
// many costly fields never holds the loop for longer than one field, and a small query that comes
// in meanwhile is answered after at most one field of each request already running.
//
//   const turns = new FairTurns();
//   await turns.take(ctx);   // resolves when this request may run its next field
//   ...work...;              // the synchronous part of the field runs now
import { setImmediate as nextLoop } from 'node:timers/promises';

export class FairTurns {
  /** Waiting fields per request, and the requests in turn order. */
  private readonly waiting = new Map<object, (() => void)[]>();
  private readonly ring: object[] = [];
  private granting = false;

  /** Resolves when `request` may start one field. */
  take(request: object): Promise<void> {
    return new Promise<void>((grant) => {
      const queue = this.waiting.get(request);
      if (queue) queue.push(grant);
      else {
        this.waiting.set(request, [grant]);
        this.ring.push(request);
      }
      if (!this.granting) void this.grantAll();
    });
  }

  private async grantAll(): Promise<void> {
    this.granting = true;
    try {
      while (this.ring.length > 0) {
        // The loop runs pending I/O (new requests among them) before each turn.
        await nextLoop();
        const request = this.ring.shift() as object;
        const queue = this.waiting.get(request) as (() => void)[];
        const grant = queue.shift() as () => void;
        if (queue.length > 0) this.ring.push(request);
        else this.waiting.delete(request);
        grant();
      }
    } finally {
      this.granting = false;
    }
  }
}
