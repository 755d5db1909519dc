/**
 * Work in time slices on the extension host's main thread: a list is processed item by item, and
 * whenever a slice has run for `budgetMs` the loop yields to the event loop (a macrotask, so I/O,
 * editor requests and timers run in between). Used by Compare Reports to read and analyse
 * thousands of reports while the editor stays responsive, with progress and cancellation.
 *
 * No `vscode` import: bench/compare.mjs runs it in plain Node to measure the event-loop delay.
 */

export interface SliceOptions {
  /** Yield once a slice has run this long (ms). Default 15. */
  budgetMs?: number;
  /** Called after each item with the number done and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Checked before each item; when true the loop stops and resolves with what it has. */
  isCancelled?: () => boolean;
}

export interface SliceResult<R> {
  results: R[];
  cancelled: boolean;
  /** How many times the loop yielded to the event loop. */
  yields: number;
}

/** A macrotask turn of the event loop (setImmediate where it exists, else a zero timeout). */
export function yieldToEventLoop(): Promise<void> {
  const g = globalThis as { setImmediate?: (f: () => void) => unknown };
  return new Promise(resolve => {
    if (typeof g.setImmediate === 'function') g.setImmediate(resolve);
    else setTimeout(resolve, 0);
  });
}

/**
 * `fn` over `items` in time slices; results in the items' order, an `undefined` result is left out.
 * `fn` may be async (an awaited read is itself a turn of the event loop).
 */
export async function mapSliced<T, R>(items: readonly T[], fn: (item: T, index: number) => R | undefined | Promise<R | undefined>,
  opt: SliceOptions = {}): Promise<SliceResult<R>> {
  const budget = opt.budgetMs ?? 15;
  const results: R[] = [];
  let yields = 0;
  let t0 = Date.now();
  for (let i = 0; i < items.length; i++) {
    if (opt.isCancelled?.()) return { results, cancelled: true, yields };
    const r = await fn(items[i], i);
    if (r !== undefined) results.push(r);
    opt.onProgress?.(i + 1, items.length);
    if (Date.now() - t0 >= budget) {
      await yieldToEventLoop();
      yields++;
      t0 = Date.now();
    }
  }
  return { results, cancelled: !!opt.isCancelled?.(), yields };
}
