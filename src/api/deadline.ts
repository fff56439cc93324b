// A per-request deadline: after `ms` milliseconds the request's resolvers stop with a GraphQL error
// of code TIMEOUT. Resolvers check it before they start (so no store call starts past it) and race
// their result against it (so a slow store call no longer holds the response); `signal` aborts at
// the same moment for code that can cancel work.
//
//   const deadline = startDeadline(10_000);
//   await deadline.race(store.events(query)); // rejects with TIMEOUT once 10 s have passed
//   deadline.dispose();
import { GraphQLError } from 'graphql';

export interface Deadline {
  readonly ms: number;
  readonly signal: AbortSignal;
  /** Throws the TIMEOUT error when the deadline has passed. */
  check(): void;
  /** The value, or the TIMEOUT error if the deadline passes first. */
  race<T>(value: Promise<T>): Promise<T>;
  /** Stops the timer (the request is over). */
  dispose(): void;
}

export function startDeadline(ms: number): Deadline {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(timeoutError(ms)), ms);
  timer.unref();
  let expired: Promise<never> | undefined;
  const expiry = (): Promise<never> => {
    if (!expired) {
      expired = new Promise<never>((_, reject) => {
        if (controller.signal.aborted) reject(controller.signal.reason);
        else controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
      });
      expired.catch(() => undefined);
    }
    return expired;
  };
  return {
    ms,
    signal: controller.signal,
    check() {
      if (controller.signal.aborted) throw controller.signal.reason;
    },
    race<T>(value: Promise<T>): Promise<T> {
      return Promise.race([value, expiry()]);
    },
    dispose() {
      clearTimeout(timer);
    },
  };
}

export function timeoutError(ms: number): GraphQLError {
  return new GraphQLError(`Query timed out: it ran for more than ${ms} ms and was stopped. Ask for less (smaller pages, fewer nested lists, a narrower filter).`, {
    extensions: { code: 'TIMEOUT', timeoutMs: ms },
  });
}
