import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { HarmonyElement } from '../../base/harmony-element.js';
import { pageHttpOrigin } from '../../adapter/url-policy.js';
import { CompanionFlowController, openUrl } from '../../controllers/companion-flow.js';
import { PlacementController } from '../../controllers/placement.js';
import { TooltipController } from '../../controllers/tooltip.js';
import { resolveStrings, type HarmonyStrings } from '../../i18n/strings.js';
import { spinner } from '../../styles/icons.js';
import { styles } from './companion-launcher.styles.js';
import { companionIcon } from '../../styles/icons.js';
import { companionFeedbackTemplate, hasCompanionFeedback } from './companion-feedback.js';

/**
 * The Companion icon of a conversation header: opens a new Companion thread
 * with the meeting as its context and the suggestion "Summarize this meeting…".
 *
 * @summary An icon button that starts a Companion thread about a conversation.
 * @tag harmony-companion-launcher
 *
 * @event harmony-companion-request - Before the thread is created; cancelable (`preventDefault()` to open Companion your own way); `detail.conversationId`, `detail.suggestion`.
 * @event harmony-companion-open - The thread exists; cancelable (`preventDefault()` stops the navigation); `detail.thread`.
 * @event harmony-error - The thread could not be created; `detail.code`, `detail.action` is `companion`.
 *
 * @csspart button - The icon button.
 * @csspart icon - The Companion icon.
 * @csspart spinner - Shown instead of the icon while the thread is created.
 * @csspart tooltip - "Discuss with Companion", shown on hover and keyboard focus.
 * @csspart companion-feedback - The callout with an error or the link to a thread the browser did not open.
 * @csspart companion-link - The link to the thread when a popup was blocked.
 * @csspart retry-button - Try again, after an error.
 * @csspart companion-feedback-close - Closes the callout.
 *
 * @cssproperty --harmony-color-accent - Focus ring and links.
 * @cssproperty --harmony-color-surface - Tooltip and callout background.
 * @cssproperty --harmony-color-text - Icon and text colour.
 * @cssproperty --harmony-radius - Corner radius.
 *
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

  private readonly internals = this.attachInternals();
  private readonly flow = new CompanionFlowController(this, {
    adapter: () => this.resolveAdapter(),
    conversationId: () => this.conversationId,
    suggestion: () => this.t.companionSuggestion,
    apiOrigin: () => this.apiOrigin ?? pageHttpOrigin(),
    navigate: (url) => this.navigate(url, this.target),
  });
  private readonly feedbackPlacement = new PlacementController(this, { placement: 'bottom-end' });

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
    return resolveStrings(this.strings);
  }

  private get button(): HTMLButtonElement | null {
    return this.renderRoot.querySelector('[part="button"]');
  }

  protected override updated(): void {
    const feedback = this.renderRoot.querySelector<HTMLElement>('[part="companion-feedback"]')!;
    this.feedbackPlacement.toggle(this.button!, feedback, hasCompanionFeedback(this.flow));
    const states = this.internals.states;
    const toggle = (name: string, on: boolean) => (on ? states.add(name) : states.delete(name));
    toggle('pending', this.flow.pending);
    toggle('error', !!this.flow.error);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A Companion request or its message belongs to the meeting it was made for.
    if (changed.has('conversationId') && changed.get('conversationId') !== undefined) this.flow.dismiss();
  }

  private dismissFeedback(): void {
    this.flow.dismiss();
    this.button?.focus();
  }

  override render() {
    const t = this.t;
    const pending = this.flow.pending;
    // The tooltip is the button's name (aria-labelledby), not its description: one announcement, not two.
    return html`<button
        class="icon-button"
        part="button"
        type="button"
        aria-labelledby="tooltip"
        aria-disabled=${pending ? 'true' : 'false'}
        @click=${() => void this.flow.start()}
      >
        ${pending ? spinner : html`<span part="icon">${companionIcon}</span>`}
      </button>
      <div id="tooltip" class="tooltip" part="tooltip" role="tooltip" popover="manual">
        ${t.discussWithCompanion}
      </div>
      <div class="visually-hidden" role="status">${pending ? t.openingCompanion : ''}</div>
      ${companionFeedbackTemplate({
        flow: this.flow,
        strings: t,
        target: this.target,
        onRetry: () => void this.flow.start(),
        onDismiss: () => this.dismissFeedback(),
      })}`;
  }
}
