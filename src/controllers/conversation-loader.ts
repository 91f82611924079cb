import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HarmonyError, isHarmonyError } from '../adapter/errors.js';
import type { Conversation, HarmonyAdapter } from '../adapter/types.js';
import { whenIdle } from '../base/lazy.js';

export interface ConversationLoaderOptions {
  adapter: () => HarmonyAdapter | undefined;
  /** How often a conversation still processing is re-checked while watched. */
  pollIntervalMs: () => number;
  /** Told when a load fails and the failure is shown (not for a quiet background re-check). */
  onError?: (error: HarmonyError) => void;
  /**
   * Loads wait until the page is idle or `wake()` is called (a user reaching for the element), so a
   * page full of triggers does not pay for its requests, or their code, during its own start-up.
   */
  waitForIdle?: boolean;
}

// Loaders waiting for the page to be idle: one idle callback wakes them all, however many rows there are.
const sleeping = new Set<ConversationLoaderController>();

function wakeAll(): void {
  for (const loader of [...sleeping]) loader.wake();
}

/**
 * Loads the conversation an element is about and, while `watch()`ed, re-checks
 * one that is still processing so the element enables itself when it
 * completes. A newer id aborts the older request; a late answer for an id the
 * element no longer shows is dropped.
 */
export class ConversationLoaderController implements ReactiveController {
  conversation?: Conversation;
  error?: HarmonyError;
  loading = false;
  private id?: string;
  private request?: AbortController;
  private pollTimer?: ReturnType<typeof setTimeout>;
  private watching = false;
  /** Whether a load may start now; false until idle or `wake()` with `waitForIdle`. */
  private awake: boolean;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ConversationLoaderOptions,
  ) {
    host.addController(this);
    this.awake = !options.waitForIdle;
  }

  /** Loads from now on without waiting, starting any load that was waiting for the page to be idle. */
  wake(): void {
    if (this.awake) return;
    this.awake = true;
    sleeping.delete(this);
    if (this.id && !this.conversation && !this.request) void this.fetch(this.id, false);
  }

  /** Shows `id`: loads it unless it is already loaded (pass `force` to reload). */
  load(id: string | undefined, force = false): void {
    if (id === this.id && !force && (this.conversation || this.loading)) return;
    this.cancel();
    this.id = id;
    this.conversation = undefined;
    this.error = undefined;
    if (id && this.awake) void this.fetch(id, false);
    else if (id) this.sleep();
    else this.host.requestUpdate();
  }

  /** Waits for the idle moment; only while the element is in the page (it asks again when it returns). */
  private sleep(): void {
    if (!this.connected) return;
    if (sleeping.size === 0) whenIdle(wakeAll);
    sleeping.add(this);
  }

  /** Forgets the conversation (and aborts its request), so the next `load()` asks again. */
  reset(): void {
    this.cancel();
    this.id = undefined;
    this.conversation = undefined;
    this.error = undefined;
    this.host.requestUpdate();
  }

  /**
   * Keeps a processing conversation fresh until `unwatch()`. A conversation last seen processing is
   * re-checked at once: it may have completed while nobody watched (a closed dialog or menu).
   */
  watch(): void {
    this.watching = true;
    if (this.id && !this.request && this.conversation?.status === 'processing')
      void this.fetch(this.id, true);
    else this.schedulePoll();
  }

  unwatch(): void {
    this.watching = false;
    clearTimeout(this.pollTimer);
  }

  hostConnected(): void {
    // Back in the page, the element calls load() again, which waits for idle anew.
    this.connected = true;
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unwatch();
    this.cancel();
    sleeping.delete(this);
  }

  private cancel(): void {
    this.request?.abort();
    this.request = undefined;
    this.loading = false;
    clearTimeout(this.pollTimer);
  }

  private async fetch(id: string, quietly: boolean): Promise<void> {
    const adapter = this.options.adapter();
    if (!adapter) {
      this.error = new HarmonyError(
        'unsupported',
        "No adapter: set the element's `adapter` or call setDefaultAdapter().",
      );
      this.options.onError?.(this.error);
      this.host.requestUpdate();
      return;
    }
    const request = new AbortController();
    this.request = request;
    // A background re-check keeps showing what the user sees instead of flashing a loading state.
    if (!quietly) this.loading = true;
    this.host.requestUpdate();
    try {
      const conversation = await adapter.getConversation(id, { signal: request.signal });
      if (this.request !== request) return;
      this.conversation = conversation;
      this.error = undefined;
    } catch (error) {
      if (this.request !== request) return;
      // A failed background re-check keeps the last good state; only a first load shows the error.
      if (!quietly || !this.conversation) {
        this.error = isHarmonyError(error) ? error : new HarmonyError('invalid-response', String(error));
        this.options.onError?.(this.error);
      }
    }
    this.request = undefined;
    this.loading = false;
    this.host.requestUpdate();
    this.schedulePoll();
  }

  private schedulePoll(): void {
    clearTimeout(this.pollTimer);
    if (!this.watching || !this.id || this.request) return;
    if (this.conversation?.status !== 'processing') return;
    const id = this.id;
    this.pollTimer = setTimeout(() => void this.fetch(id, true), this.options.pollIntervalMs());
  }
}
