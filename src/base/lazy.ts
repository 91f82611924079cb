/**
 * A module a host page need not pay for up front: loaded once, when first needed or earlier on a user's
 * intent, and kept. `value` is there once it has arrived, so code that runs often can use it without
 * waiting. A failed load is not kept, so the next need asks again (Chromium answers from its module map
 * with the same failure until the page reloads; browsers that follow the current HTML standard refetch).
 */
export class Lazy<T> {
  value?: T;
  private pending?: Promise<T>;

  constructor(private readonly load: () => Promise<T>) {}

  get(): Promise<T> {
    this.pending ??= this.load().then(
      (value) => (this.value = value),
      (error: unknown) => {
        this.pending = undefined;
        throw error;
      },
    );
    return this.pending;
  }

  /** Starts loading without waiting; a failure is reported by the `get()` that needs the module. */
  prefetch(): void {
    this.get().catch(() => {});
  }
}

type IdleWindow = Window & {
  requestIdleCallback?: (task: () => void, options?: { timeout: number }) => number;
};

/**
 * Runs `task` when the page is idle (Safari has no `requestIdleCallback`: soon after, then), so what may
 * be needed later loads without competing with the host page's own start-up.
 */
export function whenIdle(task: () => void): void {
  const idle = (window as IdleWindow).requestIdleCallback;
  if (idle) idle(task, { timeout: 4000 });
  else setTimeout(task, 1500);
}

const scheduled = new WeakSet<() => void>();

/**
 * `whenIdle`, once per page for a given task: a page with an element on every row schedules its
 * prefetch once, not once per element.
 */
export function whenIdleOnce(task: () => void): void {
  if (scheduled.has(task)) return;
  scheduled.add(task);
  whenIdle(task);
}
