// Fair turns for the fields that do work (fieldCosts.ts): each such field starts only when its
// request's turn comes, one field per turn, with the event loop free in between (the next turn is
// granted from setImmediate, after pending I/O). The request with the smallest estimated cost goes
// first (equal ones in the order they came), so a request of many costly fields never holds the
// loop for longer than one field, and a small query that comes in meanwhile is answered after at
// most the field under way.
//
//   const turns = new FairTurns();
//   await turns.take(ctx, cost);   // resolves when this request may run its next field
//   ...work...;              // the synchronous part of the field runs now
import { setImmediate as nextLoop } from 'node:timers/promises';

export class FairTurns {
  /** Waiting fields per request, and the requests waiting, with their costs, in the order they came. */
  private readonly waiting = new Map<object, (() => void)[]>();
  private readonly ring: { request: object; cost: number }[] = [];
  private granting = false;

  /** Resolves when `request` (of estimated cost `cost`) may start one field. */
  take(request: object, cost = 0): Promise<void> {
    return new Promise<void>((grant) => {
      const queue = this.waiting.get(request);
      if (queue) queue.push(grant);
      else {
        this.waiting.set(request, [grant]);
        this.ring.push({ request, cost });
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
        let next = 0;
        for (let i = 1; i < this.ring.length; i++) if ((this.ring[i] as { cost: number }).cost < (this.ring[next] as { cost: number }).cost) next = i;
        const [turn] = this.ring.splice(next, 1) as [{ request: object; cost: number }];
        const queue = this.waiting.get(turn.request) as (() => void)[];
        const grant = queue.shift() as () => void;
        if (queue.length > 0) this.ring.push(turn);
        else this.waiting.delete(turn.request);
        grant();
      }
    } finally {
      this.granting = false;
    }
  }
}
