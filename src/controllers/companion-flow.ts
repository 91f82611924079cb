import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HarmonyError } from '../adapter/errors.js';
import type { CompanionThread, HarmonyAdapter } from '../adapter/types.js';
import { isSafeNavigableUrl } from '../adapter/url-policy.js';
import { HarmonyErrorEvent } from '../events/error-event.js';
import { HarmonyCompanionOpenEvent, HarmonyCompanionRequestEvent } from '../events/action-events.js';
import { AsyncActionController } from './async-action.js';

export interface CompanionFlowContext {
  adapter(): HarmonyAdapter | undefined;
  conversationId(): string | undefined;
  suggestion(): string;
  /** The origin `http:` thread URLs may use (local development); `https:` is always allowed. */
  apiOrigin(): string | undefined;
  /** Opens the thread; returns false when the browser refused (a blocked popup). */
  navigate(url: string): boolean;
}

/**
 * "Discuss with Companion", shared by the launcher and the menu item: a
 * cancelable `harmony-companion-request`, one `startCompanionThread` per
 * activation burst, a cancelable `harmony-companion-open`, then navigation to
 * the thread (or a link to it when a popup was blocked).
 */
export class CompanionFlowController implements ReactiveController {
  private readonly action: AsyncActionController<CompanionThread>;
  /** A thread the browser would not open on its own: shown as a link instead. */
  blockedUrl?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly context: CompanionFlowContext,
  ) {
    host.addController(this);
    this.action = new AsyncActionController(host);
  }

  get pending(): boolean {
    return this.action.pending;
  }

  get error(): HarmonyError | undefined {
    return this.action.state.status === 'error' ? this.action.state.error : undefined;
  }

  async start(): Promise<void> {
    const id = this.context.conversationId();
    if (!id || this.pending) return;
    this.dismiss();
    const suggestion = this.context.suggestion();
    if (!this.host.dispatchEvent(new HarmonyCompanionRequestEvent(id, suggestion))) return;
    const thread = await this.action.run(async (signal) => {
      const adapter = this.context.adapter();
      if (!adapter) {
        throw new HarmonyError(
          'unsupported',
          "No adapter: set the element's `adapter` or call setDefaultAdapter().",
        );
      }
      const created = await adapter.startCompanionThread(id, { suggestion, signal });
      // The thread page is navigated to: never a URL a compromised backend could turn into script.
      if (created.url !== undefined && !isSafeNavigableUrl(created.url, this.context.apiOrigin())) {
        throw new HarmonyError(
          'invalid-response',
          'The backend returned a Companion thread URL that is not safe.',
        );
      }
      return created;
    });
    if (!thread) {
      this.reportFailure();
      return;
    }
    if (!this.host.dispatchEvent(new HarmonyCompanionOpenEvent(thread)) || !thread.url) return;
    if (!this.context.navigate(thread.url)) {
      this.blockedUrl = thread.url;
      this.host.requestUpdate();
    }
  }

  /** Forgets an error or a blocked link on screen (and cancels a running request). */
  dismiss(): void {
    this.blockedUrl = undefined;
    this.action.reset();
  }

  hostDisconnected(): void {
    // The running request is aborted with the host (AsyncActionController); a link shown before is stale too.
    this.blockedUrl = undefined;
  }

  private reportFailure(): void {
    const error = this.error;
    if (!error) return;
    this.host.dispatchEvent(
      new HarmonyErrorEvent({ code: error.code, action: 'companion', message: error.message }),
    );
  }
}
