import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HarmonyError, isHarmonyError } from '../adapter/errors.js';

export type AsyncActionState<T> =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'done'; value: T }
  | { status: 'error'; error: HarmonyError };

/**
 * One user action that talks to the backend: at most one run at a time (a
 * double click makes one request), aborted when the host leaves the page or
 * calls `abort()`, and an answer that arrives after an abort or a newer run is
 * dropped instead of overwriting what the user now sees.
 */
export class AsyncActionController<T> implements ReactiveController {
  state: AsyncActionState<T> = { status: 'idle' };
  private controller?: AbortController;
  private generation = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get pending(): boolean {
    return this.state.status === 'pending';
  }

  /** Starts `task` unless one is already running; resolves with its value, or undefined when it failed or went stale. */
  async run(task: (signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
    if (this.pending) return undefined;
    const generation = ++this.generation;
    const controller = new AbortController();
    this.controller = controller;
    this.set({ status: 'pending' });
    try {
      const value = await task(controller.signal);
      if (generation !== this.generation) return undefined;
      this.set({ status: 'done', value });
      return value;
    } catch (error) {
      if (generation !== this.generation) return undefined;
      const harmonyError = isHarmonyError(error)
        ? error
        : new HarmonyError('invalid-response', 'The action failed unexpectedly.', { cause: error });
      this.set({ status: 'error', error: harmonyError });
      return undefined;
    } finally {
      if (this.controller === controller) this.controller = undefined;
    }
  }

  /** Cancels the running task (its answer is ignored) and forgets any result. */
  reset(): void {
    this.generation++;
    this.controller?.abort();
    this.controller = undefined;
    this.set({ status: 'idle' });
  }

  hostDisconnected(): void {
    this.reset();
  }

  private set(state: AsyncActionState<T>): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
