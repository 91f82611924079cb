import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { HarmonyElement } from '../../base/harmony-element.js';
import { pageHttpOrigin } from '../../adapter/url-policy.js';
import { CompanionFlowController, openUrl } from '../../controllers/companion-flow.js';
import { ConversationLoaderController } from '../../controllers/conversation-loader.js';
import { RetryCountdownController } from '../../controllers/retry-countdown.js';
import { MenuButtonController } from '../../controllers/menu-button.js';
import { PlacementController } from '../../controllers/placement.js';
import { HarmonyErrorEvent, HarmonySelectEvent } from '../../events/events.js';
import type { HarmonyStrings } from '../../i18n/strings.js';
import {
  companionFeedbackTemplate,
  companionUnavailableReason,
  hasCompanionFeedback,
} from '../companion-launcher/companion-feedback.js';
import type { HarmonyMenuItem } from '../menu-item/menu-item.js';
import type { HarmonyShareDialog } from '../share-dialog/share-dialog.js';
import { moreIcon, spinner } from '../../styles/icons.js';
import { styles } from './overflow-menu.styles.js';
import {
  builtInItemsTemplate,
  ownShareDialogTemplate,
  shareUnavailableReason,
} from './overflow-menu.templates.js';
import { findShareDialog } from './share-dialog-lookup.js';

/**
 * The ⋯ button next to a conversation title and its menu: **Share**, which
 * opens the share dialog, **Discuss with Companion**, and any items the host
 * adds. Register it with its define file, which also registers
 * `<harmony-menu-item>` and `<harmony-share-dialog>`.
 *
 * @summary The ⋯ menu of a conversation: Share, Discuss with Companion, host items.
 * @tag harmony-overflow-menu
 *
 * @slot - Host items: `<harmony-menu-item value="…">`, after the built-in ones.
 *
 * @event {HarmonySelectEvent} harmony-select - An item was selected; cancelable (`preventDefault()` skips the built-in action of `share` and `companion`); `detail.value`.
 * @event {HarmonyCompanionRequestEvent} harmony-companion-request - Discuss with Companion was selected; cancelable; `detail.conversationId`, `detail.suggestion` (empty: an open-ended thread).
 * @event {HarmonyCompanionOpenEvent} harmony-companion-open - The Companion thread exists; cancelable (stops the navigation); `detail.thread`.
 * @event {HarmonyErrorEvent} harmony-error - Loading the conversation, starting a Companion thread or an action of its share dialog failed; `detail.code`, `detail.action`, `detail.message`.
 * @event {HarmonyOpenEvent} harmony-open - The share dialog that Share opened (the menu's own, without `share-dialog`) starts opening.
 * @event {HarmonyAfterOpenEvent} harmony-after-open - That share dialog is open.
 * @event {HarmonyCloseEvent} harmony-close - That share dialog is asked to close; cancelable; `detail.source`.
 * @event {HarmonyAfterCloseEvent} harmony-after-close - That share dialog has closed; `detail.source`.
 * @event {HarmonyPdfStartEvent} harmony-pdf-start - Share PDF started in that share dialog.
 * @event {HarmonyPdfReadyEvent} harmony-pdf-ready - That share dialog's PDF is ready; `detail.source`, `detail.filename`.
 * @event {HarmonyLinkCreatedEvent} harmony-link-created - That share dialog created a link; `detail.link`.
 * @event {HarmonyLinkCopiedEvent} harmony-link-copied - That share dialog's link was copied; `detail.url`, `detail.method`.
 * @event {HarmonyLinkRevokedEvent} harmony-link-revoked - That share dialog's link was revoked; `detail.linkId`.
 *
 * @csspart trigger - The ⋯ button.
 * @csspart menu - The menu surface.
 * @csspart item - Each built-in item.
 * @csspart share-item - The Share item.
 * @csspart companion-item - The Discuss with Companion item.
 * @csspart separator - The line between built-in and host items.
 * @csspart companion-feedback - The callout with a Companion error or the link to a thread the browser did not open.
 * @csspart companion-link - The link to the thread when a popup was blocked.
 * @csspart retry-button - Try again, after a Companion error.
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
 * @cssproperty [--harmony-menu-max-width=20rem] - The widest the menu grows (never wider than the viewport).
 *
 * @cssstate open - The menu is open.
 * @cssstate pending - A Companion thread is being created.
 * @cssstate error - Starting a Companion thread failed.
 */
export class HarmonyOverflowMenu extends HarmonyElement {
  static override tagName = 'harmony-overflow-menu';
  static override styles = styles;

  /** The conversation the menu acts on; its title names the ⋯ button and its status enables Share. */
  @property({ attribute: 'conversation-id', reflect: true }) conversationId?: string;

  /** Whether the menu is open. Prefer `show()` and `hide()`, which also move focus. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** The id of the `<harmony-share-dialog>` Share opens; without it the menu uses a dialog of its own. */
  @property({ attribute: 'share-dialog' }) shareDialog?: string;

  /** Where a Companion thread opens: this tab by default, or a browsing context name such as `_blank`. */
  @property({ attribute: 'companion-target' }) companionTarget?: string;

  /** Origin allowed for `http:` link and thread URLs (local development). Defaults to this page's http origin. */
  @property({ attribute: 'api-origin' }) apiOrigin?: string;

  /** How often (ms) a conversation still processing is re-checked while the menu is open. */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 5000;

  /** Overrides for any of the words the menu shows. */
  @property({ attribute: false }) strings?: Partial<HarmonyStrings>;

  /** Set once Share needs the menu's own dialog: nothing is rendered for it before. */
  @state() private ownDialog = false;
  @state() private hasHostItems = false;

  @query('[part="trigger"]') private trigger!: HTMLButtonElement;
  @query('[part="menu"]') private surface!: HTMLElement;

  private readonly internals = this.attachInternals();
  private readonly loader = new ConversationLoaderController(this, {
    adapter: () => this.resolveAdapter(),
    pollIntervalMs: () => this.pollInterval,
    onError: ({ code, message }) =>
      this.dispatchEvent(new HarmonyErrorEvent({ code, action: 'load', message })),
  });
  private readonly menu = new MenuButtonController(this, {
    trigger: () => this.trigger,
    surface: () => this.surface,
    items: () => this.items,
    label: (item) => (item as HarmonyMenuItem).label,
    isDisabled: (item) => (item as HarmonyMenuItem).disabled,
    isOpen: () => this.open,
    setOpen: (open) => (this.open = open),
    onSelect: (item) => this.onSelect(item as HarmonyMenuItem),
  });
  private readonly feedbackPlacement = new PlacementController(this, { placement: 'bottom-end' });
  private readonly countdown = new RetryCountdownController(this);
  private readonly flow = new CompanionFlowController(this, {
    adapter: () => this.resolveAdapter(),
    conversationId: () => this.conversationId,
    // The product page: the menu's Discuss with Companion opens an open-ended thread (the icon suggests).
    suggestion: () => '',
    apiOrigin: () => this.apiOrigin ?? pageHttpOrigin(),
    navigate: (url) => this.navigate(url, this.companionTarget),
  });

  /** Opens the menu and focuses its first item. */
  show(): void {
    this.menu.open('first');
  }

  /** Closes the menu; when focus was in it, focus goes back to the ⋯ button. */
  hide(): void {
    this.menu.hide();
  }

  /**
   * Opens a Companion thread. Returns false when the browser refused (a blocked
   * popup), and the menu then shows a link to it. Subclasses may open threads their own way.
   */
  protected navigate(url: string, target: string | undefined): boolean {
    return openUrl(url, target);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a move: the loader dropped its request on the way out.
    if (this.hasUpdated) this.loader.load(this.conversationId);
  }

  private get t(): HarmonyStrings {
    return this.localize(this.strings);
  }

  /** Built-in items, then the host's, in the order arrow keys visit them. */
  private get items(): HarmonyMenuItem[] {
    return [...this.renderRoot.querySelectorAll<HarmonyMenuItem>('[part~="item"]'), ...this.hostItems];
  }

  private get hostItems(): HarmonyMenuItem[] {
    const assigned = this.renderRoot.querySelector('slot')?.assignedElements() ?? [];
    return assigned.filter((el): el is HarmonyMenuItem => el.getAttribute('role') === 'menuitem');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('conversationId')) {
      this.loader.load(this.conversationId);
      // A Companion request or its message belongs to the meeting it was made for.
      if (changed.get('conversationId') !== undefined) this.flow.dismiss();
    }
    if (!changed.has('open')) return;
    if (this.open) {
      // Opening again after a failed load retries it; a processing conversation is re-checked while open.
      if (this.loader.error) this.loader.load(this.conversationId, true);
      this.loader.watch();
      // The menu covers the Companion callout's place: an error or link shown there is done with.
      if (!this.flow.pending) this.flow.dismiss();
    } else this.loader.unwatch();
  }

  /** The title, status and any Companion request belong to the previous backend. */
  protected override adapterReplaced(): void {
    this.flow.dismiss();
    this.loader.load(this.conversationId, true);
  }

  protected override updated(): void {
    this.feedbackPlacement.toggle(this.trigger, this.feedback, hasCompanionFeedback(this.flow) && !this.open);
    const states = this.internals.states;
    const toggle = (name: string, on: boolean) => (on ? states.add(name) : states.delete(name));
    toggle('open', this.open);
    toggle('pending', this.flow.pending);
    toggle('error', !!this.flow.error);
  }

  private get feedback(): HTMLElement {
    return this.renderRoot.querySelector<HTMLElement>('[part="companion-feedback"]')!;
  }

  /** The menu has closed first: a host's listener that opens a dialog finds focus on the ⋯ button to return to. */
  private onSelect(item: HarmonyMenuItem): void {
    const value = item.value;
    // Built apart from dispatchEvent() so the manifest analyzer does not list `value` as an event name.
    const selection = new HarmonySelectEvent(value);
    if (!this.dispatchEvent(selection)) return;
    if (value === 'share') void this.openShareDialog();
    else if (value === 'companion') void this.flow.start();
  }

  private async openShareDialog(): Promise<void> {
    const named = this.shareDialog ? findShareDialog(this, this.shareDialog) : undefined;
    const dialog = named ?? (await this.ownShareDialog());
    if (this.conversationId) dialog.conversationId = this.conversationId;
    dialog.show(this.trigger);
  }

  private async ownShareDialog(): Promise<HarmonyShareDialog> {
    this.ownDialog = true;
    await this.updateComplete;
    return this.renderRoot.querySelector('harmony-share-dialog')!;
  }

  override render() {
    const t = this.t;
    const { conversation } = this.loader;
    const pending = this.flow.pending;
    return html`<button
        id="trigger"
        class="icon-button"
        part="trigger"
        type="button"
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="menu"
        aria-label=${conversation ? t.moreActions(conversation.title.trim() || t.untitled) : t.moreActionsNoTitle}
        @click=${this.menu.onTriggerClick}
        @keydown=${this.menu.onTriggerKeydown}
      >
        ${pending ? spinner : moreIcon}
      </button>
      <div
        id="menu"
        class="menu"
        part="menu"
        role="menu"
        aria-labelledby="trigger"
        popover="manual"
        tabindex="-1"
        @keydown=${this.menu.onSurfaceKeydown}
        @click=${this.menu.onSurfaceClick}
        @focusout=${this.menu.onSurfaceFocusOut}
      >
        ${builtInItemsTemplate({
          strings: t,
          shareReason: shareUnavailableReason(this.loader, t),
          companionReason: companionUnavailableReason(conversation, t),
          companionPending: pending,
        })}
        <div part="separator" role="separator" ?hidden=${!this.hasHostItems}></div>
        <slot @slotchange=${() => (this.hasHostItems = this.hostItems.length > 0)}></slot>
      </div>
      <div class="visually-hidden" role="status">${pending ? t.openingCompanion : ''}</div>
      ${companionFeedbackTemplate({
        flow: this.flow,
        strings: t,
        target: this.companionTarget,
        secondsLeft: this.countdown.secondsLeft(this.flow.error),
        onRetry: () => void this.flow.start(),
        onDismiss: () => {
          this.flow.dismiss();
          this.trigger.focus();
        },
      })}
      ${
        this.ownDialog
          ? ownShareDialogTemplate({
              conversationId: this.conversationId,
              pollInterval: this.pollInterval,
              apiOrigin: this.apiOrigin,
              adapter: this.adapter,
              strings: this.strings,
            })
          : nothing
      }`;
  }
}
