/**
 * Runs work for one key at a time, in arrival order, while work for other keys runs alongside.
 * For the uploads under one Idempotency-Key: looking the key up, writing the file under it and
 * recording it become one step, so two requests with one key can neither both store a file nor
 * one remove what the other stored.
 */
export function keyedLock(): <T>(key: string, work: () => Promise<T>) => Promise<T> {
  const tails = new Map<string, Promise<unknown>>();
  return async (key, work) => {
    const result = (tails.get(key) ?? Promise.resolve()).then(work);
    const tail = result.catch(() => undefined);
    tails.set(key, tail);
    try {
      return await result;
    } finally {
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
}
