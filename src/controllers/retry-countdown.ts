import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HarmonyError } from '../adapter/errors.js';

/**
 * The wait a `rate-limited` answer asked for, counted down on screen: the host re-renders once a
 * second while a wait is shown, so "Try again" enables itself when asking again can succeed.
 */
export class RetryCountdownController implements ReactiveController {
  /** When each error's wait ends, from the moment it was first shown. */
  private readonly endsAt = new WeakMap<HarmonyError, number>();
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Whole seconds left before a retry can help; 0 when it can now, or when the answer asked for no wait. */
  secondsLeft(error: HarmonyError | undefined): number {
    if (error?.code !== 'rate-limited' || !error.retryAfterMs) return 0;
    let endsAt = this.endsAt.get(error);
    if (endsAt === undefined) {
      endsAt = performance.now() + error.retryAfterMs;
      this.endsAt.set(error, endsAt);
    }
    const left = endsAt - performance.now();
    if (left <= 0) return 0;
    clearTimeout(this.timer);
    // Wake when the displayed number changes, not on a fixed beat that could skip or repeat one.
    this.timer = setTimeout(() => this.host.requestUpdate(), left % 1000 || 1000);
    return Math.ceil(left / 1000);
  }

  hostConnected(): void {
    // A countdown on screen when the host left the page resumes where the clock now is.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
