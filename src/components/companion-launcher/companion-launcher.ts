import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { HarmonyElement } from '../../base/harmony-element.js';
import { pageHttpOrigin } from '../../adapter/url-policy.js';
import { CompanionFlowController, openUrl } from '../../controllers/companion-flow.js';
import { ConversationLoaderController } from '../../controllers/conversation-loader.js';
import { RetryCountdownController } from '../../controllers/retry-countdown.js';
import { DismissController } from '../../controllers/dismiss.js';
import { PlacementController } from '../../controllers/placement.js';
import { TooltipController } from '../../controllers/tooltip.js';
import type { HarmonyStrings } from '../../i18n/strings.js';
import { spinner } from '../../styles/icons.js';
import { styles } from './companion-launcher.styles.js';
import { companionIcon } from '../../styles/icons.js';
import {
  companionFeedbackTemplate,
  companionUnavailableReason,
  hasCompanionFeedback,
} from './companion-feedback.js';

/**
 * The Companion icon of a conversation header: opens a new Companion thread
 * with the meeting as its context and the suggestion "Summarize this meeting…".
 *
 * @summary An icon button that starts a Companion thread about a conversation.
 * @tag harmony-companion-launcher
 *
 * @event {HarmonyCompanionRequestEvent} harmony-companion-request - Before the thread is created; cancelable (`preventDefault()` to open Companion your own way); `detail.conversationId`, `detail.suggestion`.
 * @event {HarmonyCompanionOpenEvent} harmony-companion-open - The thread exists; cancelable (`preventDefault()` stops the navigation); `detail.thread`.
 * @event {HarmonyErrorEvent} harmony-error - The thread could not be created; `detail.code`, `detail.action` is `companion`, `detail.message`.
 *
 * @csspart button - The icon button.
 * @csspart icon - The Companion icon.
 * @csspart spinner - Shown instead of the icon while the thread is created.
 * @csspart tooltip - "Discuss with Companion", shown on hover and keyboard focus; with why it is unavailable while the conversation processes or after it failed.
 * @csspart companion-feedback - The callout with an error or the link to a thread the browser did not open.
 * @csspart companion-link - The link to the thread when a popup was blocked.
 * @csspart retry-button - Try again, after an error.
 * @csspart companion-feedback-close - Closes the callout.
 *
 * @cssproperty [--harmony-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font of all text.
 * @cssproperty [--harmony-color-text=light-dark(#1d2330, #eef0f4)] - Text and icon colour.
 * @cssproperty [--harmony-color-surface=light-dark(#ffffff, #1f232b)] - Background of panels, menus, callouts and buttons.
 * @cssproperty [--harmony-color-surface-raised=light-dark(#f4f5f8, #2a2f39)] - Hovered or focused buttons and items.
 * @cssproperty [--harmony-color-border=light-dark(#c9ced8, #495061)] - Borders of buttons, fields, menus and separators.
 * @cssproperty [--harmony-color-accent=light-dark(#3a3fd1, #a9adff)] - Primary buttons, links and focus rings.
 * @cssproperty [--harmony-color-on-accent=light-dark(#ffffff, #111433)] - Text on the accent colour.
 * @cssproperty [--harmony-color-danger=light-dark(#b3261e, #ffb4ab)] - Error text and borders.
 * @cssproperty [--harmony-radius=8px] - Corner radius.
 * @cssproperty [--harmony-focus-ring=2px solid var(--harmony-color-accent)] - The outline of a focused control.
 * @cssproperty [--harmony-shadow=0 12px 40px rgb(0 0 0 / 0.24)] - Shadow of raised surfaces.
 *
 * @cssstate unavailable - The conversation is processing or failed: no thread can be made about it.
 * @cssstate pending - The thread is being created.
 * @cssstate error - The last attempt failed.
 */
export class HarmonyCompanionLauncher extends HarmonyElement {
  static override tagName = 'harmony-companion-launcher';
  static override styles = styles;

  /** The conversation the new thread is about. */
  @property({ attribute: 'conversation-id', reflect: true }) conversationId?: string;

  /** Where the thread opens: this tab by default, or a browsing context name such as `_blank`. */
  @property() target?: string;

  /** Origin allowed for `http:` thread URLs (local development); `https:` is always allowed. Defaults to this page's http origin. */
  @property({ attribute: 'api-origin' }) apiOrigin?: string;

  /** Overrides for any of the words the launcher shows. */
  @property({ attribute: false }) strings?: Partial<HarmonyStrings>;

  /** How often (ms) a conversation still processing is re-checked, so the launcher enables itself. */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 5000;

  /** The user activated the launcher while it is unavailable: the reason is shown beside it. */
  @state() private explaining = false;

  private readonly internals = this.attachInternals();
  private readonly flow = new CompanionFlowController(this, {
    adapter: () => this.resolveAdapter(),
    conversationId: () => this.conversationId,
    suggestion: () => this.t.companionSuggestion,
    apiOrigin: () => this.apiOrigin ?? pageHttpOrigin(),
    navigate: (url) => this.navigate(url, this.target),
  });
  private readonly feedbackPlacement = new PlacementController(this, { placement: 'bottom-end' });
  private readonly countdown = new RetryCountdownController(this);
  private readonly loader = new ConversationLoaderController(this, {
    adapter: () => this.resolveAdapter(),
    pollIntervalMs: () => this.pollInterval,
  });
  // The callout covers part of the page: a click elsewhere or Escape puts it away.
  private readonly dismissFeedbackOutside = new DismissController(this, () => this.dismissFeedback(false));

  constructor() {
    super();
    // It hooks itself up to this element; nothing else needs to hold it.
    new TooltipController(this, {
      anchor: () => this.button,
      tooltip: () => this.renderRoot.querySelector<HTMLElement>('[part="tooltip"]'),
    });
  }

  /**
   * Opens the thread. Returns false when the browser refused (a blocked popup),
   * and the launcher then shows a link to it. Subclasses may open threads their own way.
   */
  protected navigate(url: string, target: string | undefined): boolean {
    return openUrl(url, target);
  }

  private get t(): HarmonyStrings {
    return this.localize(this.strings);
  }

  private get button(): HTMLButtonElement | null {
    return this.renderRoot.querySelector('[part="button"]');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a move: the loader dropped its request on the way out.
    if (this.hasUpdated) this.loader.load(this.conversationId);
    this.loader.watch();
  }

  /** Why no thread can be made now; undefined when one can. */
  private get unavailableReason(): string | undefined {
    return companionUnavailableReason(this.loader.conversation, this.t);
  }

  private get showsFeedback(): boolean {
    return (this.explaining && !!this.unavailableReason) || hasCompanionFeedback(this.flow);
  }

  protected override updated(): void {
    const feedback = this.renderRoot.querySelector<HTMLElement>('[part="companion-feedback"]')!;
    const shown = this.showsFeedback;
    this.feedbackPlacement.toggle(this.button!, feedback, shown);
    if (shown) this.dismissFeedbackOutside.activate();
    else this.dismissFeedbackOutside.deactivate();
    const states = this.internals.states;
    const toggle = (name: string, on: boolean) => (on ? states.add(name) : states.delete(name));
    toggle('unavailable', !!this.unavailableReason);
    toggle('pending', this.flow.pending);
    toggle('error', !!this.flow.error);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('conversationId')) {
      this.loader.load(this.conversationId);
      // A Companion request or its message belongs to the meeting it was made for.
      if (changed.get('conversationId') !== undefined) this.dismissFeedback(false);
    }
    // The reason was shown; once the conversation completes there is nothing left to explain.
    if (this.explaining && !this.unavailableReason) this.explaining = false;
  }

  /** A request made through the previous backend is aborted; its error, link or status no longer apply. */
  protected override adapterReplaced(): void {
    this.dismissFeedback(false);
    this.loader.load(this.conversationId, true);
  }

  private dismissFeedback(refocus = true): void {
    this.explaining = false;
    this.flow.dismiss();
    if (refocus) this.button?.focus();
  }

  private async onActivate(): Promise<void> {
    if (this.unavailableReason) {
      this.explaining = true;
      return;
    }
    await this.flow.start();
    // "Not ready" may mean the conversation failed since it loaded: look again, and say so if it did.
    if (this.flow.error?.code === 'not-ready') this.loader.load(this.conversationId, true);
  }

  override render() {
    const t = this.t;
    const pending = this.flow.pending;
    const reason = this.unavailableReason;
    // The tooltip's first line is the button's name (aria-labelledby), its second the reason it is
    // unavailable (aria-describedby): each announced once.
    return html`<button
        class="icon-button"
        part="button"
        type="button"
        aria-labelledby="tooltip-label"
        aria-describedby=${reason ? 'tooltip-reason' : nothing}
        aria-disabled=${pending || reason ? 'true' : 'false'}
        @click=${() => void this.onActivate()}
      >
        ${pending ? spinner : html`<span part="icon">${companionIcon}</span>`}
      </button>
      <div id="tooltip" class="tooltip" part="tooltip" role="tooltip" popover="manual">
        <span id="tooltip-label">${t.discussWithCompanion}</span>
        ${reason ? html`<span id="tooltip-reason" class="tooltip-reason">${reason}</span>` : nothing}
      </div>
      <div class="visually-hidden" role="status">${pending ? t.openingCompanion : ''}</div>
      ${companionFeedbackTemplate({
        flow: this.flow,
        strings: t,
        target: this.target,
        secondsLeft: this.countdown.secondsLeft(this.flow.error),
        reason: this.explaining || this.flow.error?.code === 'not-ready' ? reason : undefined,
        onRetry: () => void this.flow.start(),
        onDismiss: () => this.dismissFeedback(),
      })}`;
  }
}
