// Interactive transactions: options and whole-transaction retries, shared by the data modules
// (bookings, queue). A transaction that fails on a retryable error (a unique key raced by a
// concurrent first insert, a deadlock or write conflict) is run again from the start.

/** Wait for the SQLite write lock / a pool connection, then finish quickly. */
export const TX_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;

/** Whole-transaction attempts before the error is passed on. */
export const MAX_TX_ATTEMPTS = 5;

/** Runs `fn` again after a retryable failure, at most MAX_TX_ATTEMPTS times in all. */
export async function withRetries<T>(fn: () => Promise<T>, retryable: (e: unknown) => boolean): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (attempt >= MAX_TX_ATTEMPTS || !retryable(e)) throw e;
    }
  }
}
