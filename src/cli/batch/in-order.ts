// Runs work on items a few at a time and hands the results over in the items' order, whatever order they finish in.

export interface InOrderOptions {
  /** Items worked on at once. */
  concurrency: number;
  /**
   * How far work may run ahead of the oldest item not yet emitted (≥ concurrency). Bounds the results held back:
   * while one item is slow, at most `window - 1` finished ones wait for it, however long the list.
   */
  window: number;
}

export async function forEachInOrder<T, R>(
  items: readonly T[],
  { concurrency, window }: InOrderOptions,
  work: (item: T, index: number) => Promise<R>,
  emit: (result: R, item: T, index: number) => void,
): Promise<void> {
  const finished = new Map<number, R>();
  let started = 0;
  let emitted = 0;
  let active = 0;
  await new Promise<void>((resolve, reject) => {
    const pump = (): void => {
      while (active < concurrency && started < items.length && started - emitted < window) start(started++);
      if (emitted === items.length) resolve();
    };
    const start = (index: number): void => {
      active++;
      work(items[index]!, index)
        .then((result) => {
          active--;
          finished.set(index, result);
          // Emit every result that is now next in line, and forget it.
          while (finished.has(emitted)) {
            const next = finished.get(emitted)!;
            finished.delete(emitted);
            emit(next, items[emitted]!, emitted);
            emitted++;
          }
          pump();
        })
        .catch(reject);
    };
    pump();
  });
}
