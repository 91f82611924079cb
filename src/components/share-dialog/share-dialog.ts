import { html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { pageHttpOrigin } from '../../adapter/url-policy.js';
import { HarmonyElement } from '../../base/harmony-element.js';
import { languageOf } from '../../base/language.js';
import { AnnouncerController } from '../../controllers/announcer.js';
import { ConversationLoaderController } from '../../controllers/conversation-loader.js';
import { RetryCountdownController } from '../../controllers/retry-countdown.js';
import { deepActiveElement, FocusReturnController, triggerOf } from '../../controllers/focus-return.js';
import {
  HarmonyAfterCloseEvent,
  HarmonyAfterOpenEvent,
  HarmonyCloseEvent,
  HarmonyOpenEvent,
  type CloseSource,
  HarmonyErrorEvent,
} from '../../events/events.js';
import { resolveStrings, type HarmonyStrings } from '../../i18n/strings.js';
import { ShareActionsController } from './share-actions.js';
import { styles } from './share-dialog.styles.js';
import { errorTemplate } from '../../base/error-message.js';
import { closeIcon } from '../../styles/icons.js';
import { LinkSectionController } from './link-section.js';
import { actionsTemplate, gateReason, pdfResultTemplate } from './share-dialog.templates.js';

/**
 * The Share panel: share a conversation as a PDF report or as a secure link.
 *
 * @summary A modal dialog with Share PDF and Generate Link for Sharing.
 * @tag harmony-share-dialog
 *
 * @event {HarmonyOpenEvent} harmony-open - The dialog starts opening.
 * @event {HarmonyAfterOpenEvent} harmony-after-open - The dialog is open and focus is inside.
 * @event {HarmonyCloseEvent} harmony-close - The dialog is asked to close; cancelable (`preventDefault()` keeps it open); `detail.source` says by what.
 * @event {HarmonyAfterCloseEvent} harmony-after-close - The dialog has closed and focus has returned; `detail.source`.
 * @event {HarmonyPdfStartEvent} harmony-pdf-start - Share PDF started; `detail.conversationId`.
 * @event {HarmonyPdfReadyEvent} harmony-pdf-ready - The PDF is ready; `detail.source` is `server` or `client`, `detail.filename`.
 * @event {HarmonyLinkCreatedEvent} harmony-link-created - A share link was created; `detail.link` (`id`, `url`, `createdAt`).
 * @event {HarmonyLinkCopiedEvent} harmony-link-copied - The link was copied; `detail.url`, `detail.method`.
 * @event {HarmonyLinkRevokedEvent} harmony-link-revoked - The link was revoked and no longer opens the conversation; `detail.linkId`.
 * @event {HarmonyErrorEvent} harmony-error - An action failed; `detail.code`, `detail.action`, `detail.message`.
 *
 * @csspart dialog - The native dialog element.
 * @csspart panel - The panel inside the dialog.
 * @csspart header - The heading row.
 * @csspart title - The heading.
 * @csspart close-button - The ✕ button.
 * @csspart description - The line under the heading.
 * @csspart notice - Why sharing is unavailable (still processing, failed).
 * @csspart actions - The row of the two actions.
 * @csspart pdf-button - Share PDF.
 * @csspart link-button - Generate Link for Sharing.
 * @csspart pdf-result - What happened to the PDF: downloaded, made in the browser, or the Open PDF link.
 * @csspart link - The Shareable Link section.
 * @csspart link-label - "Shareable Link", the field's label.
 * @csspart link-field - The read-only link field.
 * @csspart copy-button - Copy / Copied.
 * @csspart copy-hint - Shown when no copy worked: select the link and press Ctrl+C (⌘C on a Mac).
 * @csspart link-expiry - "Link expires" and its choices, before a link is generated.
 * @csspart link-expiry-label - "Link expires", the label of the choices.
 * @csspart link-expiry-select - The choice of how long a new link lasts: until revoked, 1, 7 or 30 days.
 * @csspart link-expires - "Expires on <date>", under a link made to expire.
 * @csspart link-audience - Who can open the link: named (where the adapter can say), or the general rule.
 * @csspart link-audience-toggle - "Who and why": shows or hides the list of people.
 * @csspart link-audience-list - Everyone who can open the link; scrolls within the panel when long.
 * @csspart link-audience-person - One person in the list, with why they can open it.
 * @csspart link-audience-error - Shown when who can open the link could not be found out.
 * @csspart link-audience-retry-button - Try again, asking who can open the link.
 * @csspart access-check - "Check who can open it": the field and its answer.
 * @csspart access-check-label - "Check who can open it", the field's label.
 * @csspart access-check-field - Where a name or email is typed.
 * @csspart access-check-result - The answer: whether that person can open the link, and why.
 * @csspart revoke-button - Revoke link.
 * @csspart revoke-confirm - The "Revoke this link?" confirmation.
 * @csspart revoke-confirm-button - Revoke, in the confirmation.
 * @csspart revoke-cancel-button - Cancel, in the confirmation.
 * @csspart link-result - After a revoke: the link no longer works.
 * @csspart new-link-button - Generate a new link, after a revoke.
 * @csspart error - The error region.
 * @csspart retry-button - Try again.
 * @csspart footer - The row with Done.
 * @csspart done-button - Done.
 *
 * @cssproperty [--harmony-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font of all text.
 * @cssproperty [--harmony-color-text=light-dark(#1d2330, #eef0f4)] - Text and icon colour.
 * @cssproperty [--harmony-color-text-muted=light-dark(#555d6e, #b4bac6)] - Secondary text.
 * @cssproperty [--harmony-color-surface=light-dark(#ffffff, #1f232b)] - Background of panels, menus, callouts and buttons.
 * @cssproperty [--harmony-color-surface-raised=light-dark(#f4f5f8, #2a2f39)] - Hovered or focused buttons and items.
 * @cssproperty [--harmony-color-border=light-dark(#c9ced8, #495061)] - Borders of buttons, fields, menus and separators.
 * @cssproperty [--harmony-color-accent=light-dark(#3a3fd1, #a9adff)] - Primary buttons, links and focus rings.
 * @cssproperty [--harmony-color-on-accent=light-dark(#ffffff, #111433)] - Text on the accent colour.
 * @cssproperty [--harmony-color-danger=light-dark(#b3261e, #ffb4ab)] - Error text and borders.
 * @cssproperty [--harmony-radius=8px] - Corner radius.
 * @cssproperty [--harmony-focus-ring=2px solid var(--harmony-color-accent)] - The outline of a focused control.
 * @cssproperty [--harmony-shadow=0 12px 40px rgb(0 0 0 / 0.24)] - Shadow of raised surfaces.
 * @cssproperty [--harmony-dialog-width=34rem] - The panel's preferred width (never wider than the viewport).
 *
 * @cssstate pending - An action is running.
 * @cssstate copied - The link was just copied.
 * @cssstate error - An error is shown.
 */
export class HarmonyShareDialog extends HarmonyElement {
  static override tagName = 'harmony-share-dialog';
  static override styles = styles;

  /** The conversation to share, loaded through the adapter. */
  @property({ attribute: 'conversation-id', reflect: true }) conversationId?: string;

  /** Whether the dialog is open. Prefer `show()` and `hide()`, which also handle focus. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Overrides for any of the words the dialog shows. */
  @property({ attribute: false }) strings?: Partial<HarmonyStrings>;

  /** How often (ms) a conversation still processing is re-checked while the dialog is open. */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 5000;

  /** Origin allowed for `http:` share links (local development); `https:` links are always allowed. */
  @property({ attribute: 'api-origin' }) apiOrigin?: string;

  @query('dialog') private dialog!: HTMLDialogElement;

  private readonly internals = this.attachInternals();
  private readonly loader = new ConversationLoaderController(this, {
    adapter: () => this.resolveAdapter(),
    pollIntervalMs: () => this.pollInterval,
    onError: ({ code, message }) =>
      this.dispatchEvent(new HarmonyErrorEvent({ code, action: 'load', message })),
  });
  private readonly actions = new ShareActionsController(this, {
    adapter: () => this.resolveAdapter(),
    conversationId: () => this.conversationId,
    apiOrigin: () => this.apiOrigin ?? pageHttpOrigin(),
    locale: () => languageOf(this),
  });
  private readonly focusReturn = new FocusReturnController(this);
  private readonly announcer = new AnnouncerController(this);
  private readonly countdown = new RetryCountdownController(this);
  private readonly linkSection = new LinkSectionController(this, {
    actions: this.actions,
    announcer: this.announcer,
    strings: () => this.t,
    canShare: () => this.canShare,
    canRevoke: () => !!this.resolveAdapter()?.revokeShareLink,
    adapter: () => this.resolveAdapter(),
    conversationId: () => this.conversationId,
    locale: () => languageOf(this),
  });
  private closeSource: CloseSource = 'programmatic';

  /** Opens the dialog. Pass the event or element that opened it, so focus returns there on close. */
  show(trigger?: HTMLElement | Event): void {
    const from = trigger instanceof Event ? triggerOf(trigger) : trigger;
    this.focusReturn.save(from ?? (deepActiveElement() as HTMLElement | null) ?? undefined);
    this.open = true;
  }

  /** Closes the dialog as its ✕ would, unless a `harmony-close` listener prevents it. */
  hide(): boolean {
    return this.requestClose('programmatic');
  }

  private requestClose(source: CloseSource): boolean {
    if (!this.open) return true;
    if (!this.dispatchEvent(new HarmonyCloseEvent(source))) return false;
    this.closeSource = source;
    this.open = false;
    return true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('conversationId') && changed.get('conversationId') !== undefined) {
      this.actions.resetAll();
      this.linkSection.reset();
    }
    const opening = changed.has('open') && this.open;
    // A closed dialog asks nothing of the backend; opening again after a failed load retries it.
    if (this.open && (opening || changed.has('conversationId'))) {
      this.loader.load(this.conversationId, opening && !!this.loader.error);
    }
    if (changed.has('open') && !this.open && changed.get('open')) {
      this.loader.unwatch();
      this.actions.abortRunning();
      this.linkSection.reset();
      this.announcer.clear();
    }
  }

  /** Nothing the previous backend said may show, nor may it finish what it was doing. */
  protected override adapterReplaced(): void {
    this.actions.resetAll();
    this.linkSection.reset();
    this.announcer.clear();
    if (this.open) this.loader.load(this.conversationId, true);
    else this.loader.reset();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open')) {
      if (this.open) void this.openDialog();
      else if (changed.get('open')) this.closeDialog();
    }
    this.syncStates();
  }

  private async openDialog(): Promise<void> {
    if (this.dialog.open) return;
    this.dispatchEvent(new HarmonyOpenEvent());
    this.dialog.showModal();
    this.loader.watch();
    // "After open" means settled: the entrance animation (none with reduced motion) has finished.
    await Promise.allSettled(this.dialog.getAnimations().map((animation) => animation.finished));
    if (this.open) this.dispatchEvent(new HarmonyAfterOpenEvent());
  }

  private closeDialog(): void {
    if (this.dialog.open) this.dialog.close();
    this.focusReturn.restore();
    const source = this.closeSource;
    this.closeSource = 'programmatic';
    this.dispatchEvent(new HarmonyAfterCloseEvent(source));
  }

  private syncStates(): void {
    const states = this.internals.states;
    const toggle = (name: string, on: boolean) => (on ? states.add(name) : states.delete(name));
    toggle('pending', this.actions.pdf.pending || this.actions.link.pending || this.actions.revoke.pending);
    toggle('copied', this.actions.copy === 'clipboard' || this.actions.copy === 'selection');
    toggle('error', !!(this.actions.error ?? this.loader.error));
  }

  /** Escape arrives as `cancel`; only the dialog's own, not one bubbling from a nested dialog. */
  private onCancel(event: Event): void {
    if (event.target !== this.dialog) return;
    event.preventDefault();
    this.requestClose('escape');
  }

  /**
   * Escape closes only the top-most thing: an open "Revoke this link?" first, then this dialog, never
   * a host's dialog around it. Handled on keydown, whose prevented default keeps the browser from
   * sending a close request: Chromium groups modal dialogs opened without a user action in between
   * and closes the whole group on one Escape (https://html.spec.whatwg.org/#close-watcher-infrastructure).
   */
  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
    event.preventDefault();
    event.stopPropagation();
    if (!this.linkSection.dismissTopMost()) this.requestClose('escape');
  }

  /** The browser may close the dialog on its own (e.g. a second Escape); keep `open` in step. */
  private onNativeClose(event: Event): void {
    // `close` is queued as a task: after hide() then show() it can arrive when the dialog is open again.
    if (event.target !== this.dialog || !this.open || this.dialog.open) return;
    this.closeSource = 'escape';
    this.open = false;
  }

  private async onSharePdf(): Promise<void> {
    if (!this.canShare || this.actions.pdf.pending) return;
    this.announcer.say(this.t.generatingPdf);
    await this.actions.sharePdf();
    const state = this.actions.pdf.state;
    if (state.status === 'done') this.announcer.say(this.t.pdfReady(state.value.filename));
  }

  private get t(): HarmonyStrings {
    return resolveStrings(this.strings);
  }

  private get canShare(): boolean {
    return this.loader.conversation?.status === 'completed';
  }

  override render() {
    const t = this.t;
    const { conversation, loading } = this.loader;
    const title = conversation
      ? t.shareTitle(conversation.title.trim() || t.untitled)
      : this.loader.error
        ? t.loadFailed
        : t.loading;
    const gate = gateReason(conversation, t);
    const disabled = !this.canShare;
    const pdf = this.actions.pdf;
    const loadError = conversation ? undefined : this.loader.error;
    const error = this.actions.error ?? loadError;
    const retry = this.actions.error
      ? () => void this.actions.retry()
      : () => this.loader.load(this.conversationId, true);
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      aria-describedby="description"
      @cancel=${this.onCancel}
      @keydown=${this.onKeydown}
      @close=${this.onNativeClose}
    >
      <div class="panel" part="panel" aria-busy=${loading ? 'true' : 'false'}>
        <div class="header" part="header">
          <h2 id="title" part="title" title=${title}>${title}</h2>
          <button
            class="icon-button"
            part="close-button"
            type="button"
            aria-label=${t.close}
            @click=${() => this.requestClose('close-button')}
          >
            ${closeIcon}
          </button>
        </div>
        <p id="description" part="description">${t.shareDescription}</p>
        ${gate ? html`<p id="gate" class="notice" part="notice">${gate}</p>` : nothing}
        ${actionsTemplate({
          strings: t,
          gated: !!gate,
          disabled,
          pdfPending: pdf.pending,
          linkPending: this.actions.link.pending,
          revokePending: this.actions.revoke.pending,
          onSharePdf: () => void this.onSharePdf(),
          onGenerateLink: () => void this.linkSection.generate(),
        })}
        ${pdf.state.status === 'done' ? pdfResultTemplate(pdf.state.value, t) : nothing}
        ${this.linkSection.template()}
        <div class="error" part="error" role="alert">
          ${errorTemplate(error, t, error ? retry : undefined, this.countdown.secondsLeft(error))}
        </div>
        <div class="visually-hidden" role="status">${this.announcer.message}</div>
        <div class="footer" part="footer">
          <button
            class="button"
            part="done-button"
            type="button"
            @click=${() => this.requestClose('done-button')}
          >
            ${t.done}
          </button>
        </div>
      </div>
    </dialog>`;
  }
}
