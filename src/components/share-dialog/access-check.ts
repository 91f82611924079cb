import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HarmonyError } from '../../adapter/errors.js';
import type { HarmonyAdapter, ShareAccess } from '../../adapter/types.js';
import type { AnnouncerController } from '../../controllers/announcer.js';
import { AsyncActionController } from '../../controllers/async-action.js';
import type { HarmonyStrings } from '../../i18n/strings.js';
import { accessAnswerText } from './access-words.js';

export interface AccessCheckContext {
  adapter(): HarmonyAdapter | undefined;
  conversationId(): string | undefined;
  announcer: AnnouncerController;
  strings(): HarmonyStrings;
}

/** Typing pauses this long before a check is sent, so one name makes one request, not one per key. */
export const CHECK_DEBOUNCE_MS = 300;

/** The longest query sent: what the reference server accepts (`MAX_WHO_LENGTH`). */
export const MAX_CHECK_LENGTH = 200;

export type AccessCheckView =
  | { status: 'idle' }
  | { status: 'too-long' }
  | { status: 'checking'; who: string }
  | { status: 'done'; who: string; answer: ShareAccess }
  | { status: 'error'; who: string; error: HarmonyError };

/**
 * "Check who can open it": whether one teammate, by name or email, can open the link before it is
 * sent. Each pause in typing sends one question and aborts the one before it; the answer is shown
 * beside the field and announced once. What was typed is never cleared by an answer or a failure.
 */
export class AccessCheckController implements ReactiveController {
  query = '';
  private who = '';
  private timer?: ReturnType<typeof setTimeout>;
  /** Counts questions, so an answer to an earlier one is never spoken. */
  private asked = 0;
  private readonly check: AsyncActionController<ShareAccess>;

  constructor(
    host: ReactiveControllerHost,
    private readonly context: AccessCheckContext,
  ) {
    host.addController(this);
    this.check = new AsyncActionController(host);
  }

  get supported(): boolean {
    return typeof this.context.adapter()?.checkShareAccess === 'function';
  }

  get view(): AccessCheckView {
    const state = this.check.state;
    if (state.status === 'pending') return { status: 'checking', who: this.who };
    if (state.status === 'done') return { status: 'done', who: this.who, answer: state.value };
    if (state.status === 'error') return { status: 'error', who: this.who, error: state.error };
    return this.query.trim().length > MAX_CHECK_LENGTH ? { status: 'too-long' } : { status: 'idle' };
  }

  /** The field changed: an earlier question is moot, a new one waits for typing to pause. */
  input(value: string): void {
    this.query = value;
    this.cancel();
    if (value.trim()) this.timer = setTimeout(() => void this.run(), CHECK_DEBOUNCE_MS);
  }

  /** Enter: no need to wait for the pause. */
  submit(): void {
    this.cancel();
    if (this.query.trim()) void this.run();
  }

  /** The panel closed, shows another conversation or another backend: nothing typed or answered stays. */
  reset(): void {
    this.cancel();
    this.query = '';
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.asked++;
    this.check.reset();
  }

  private async run(): Promise<void> {
    const adapter = this.context.adapter();
    const id = this.context.conversationId();
    const who = this.query.trim();
    // The field holds no more than this; a longer value set from script is answered in words, unasked.
    if (!adapter?.checkShareAccess || !id || !who || who.length > MAX_CHECK_LENGTH) return;
    const checkShareAccess = adapter.checkShareAccess.bind(adapter);
    this.cancel();
    const question = this.asked;
    this.who = who;
    const answer = await this.check.run((signal) => checkShareAccess(id, who, { signal }));
    if (question !== this.asked) return;
    const t = this.context.strings();
    const state = this.check.state;
    if (answer) this.context.announcer.say(accessAnswerText(answer, who, t));
    else if (state.status === 'error') {
      this.context.announcer.say(`${t.accessCheckFailed} ${t.errorMessages[state.error.code]}`);
    }
  }
}
