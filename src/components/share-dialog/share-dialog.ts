import { css, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { HarmonyElement } from '../../base/harmony-element.js';
import { elementBase } from '../../styles/tokens.js';
import { Lazy, whenIdle } from '../../base/lazy.js';
import { LazyView } from '../../base/lazy-view.js';
import { languageOf } from '../../base/language.js';
import { ConversationLoaderController } from '../../controllers/conversation-loader.js';
import { deepActiveElement, triggerOf } from '../../base/focus-origin.js';
import { HarmonyErrorEvent } from '../../events/error-event.js';
import type { HarmonyStrings, PartialHarmonyStrings } from '../../i18n/strings.js';
import type { ShareDialogView } from './share-dialog-view.js';

// The panel and everything behind it load when the dialog first opens, on a user's intent
// (prefetchShareDialog) or when the page is idle: a page that never shares does not pay for them.
const viewModule = new Lazy(() => import('./share-dialog-view.js'));

/** Starts loading the dialog's panel, so that opening it finds it ready. */
export function prefetchShareDialog(): void {
  viewModule.prefetch();
}

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
 * @csspart pdf-options - "Customize PDF": the disclosure, the parts of the report, and why none can be made.
 * @csspart pdf-options-button - The Customize PDF button that shows and hides the parts.
 * @csspart pdf-options-summary - Beside Customize PDF while it is closed: the parts chosen, when not all are.
 * @csspart pdf-sections - The group of parts to include, with its legend.
 * @csspart pdf-section - One part's checkbox and its label.
 * @csspart pdf-sections-reason - Why Share PDF is unavailable when no part is chosen.
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
  static override properties: PropertyDeclarations = {
    conversationId: { attribute: 'conversation-id', reflect: true },
    open: { type: Boolean, reflect: true },
    strings: { attribute: false },
    pollInterval: { type: Number, attribute: 'poll-interval' },
    apiOrigin: { attribute: 'api-origin' },
  };
  // What every panel needs from the start (tokens, the icon button, the spinner, hidden text, shared with
  // the other elements); the panel's own rules arrive with it. Until then a closed dialog takes no room.
  static override styles = [
    ...elementBase,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  /** The conversation to share, loaded through the adapter. */
  conversationId?: string;

  /** Whether the dialog is open. Prefer `show()` and `hide()`, which also handle focus. */
  open = false;

  /** Overrides for any of the words the dialog shows. */
  strings?: PartialHarmonyStrings;

  /** How often (ms) a conversation still processing is re-checked while the dialog is open. */
  pollInterval = 5000;

  /** Origin allowed for `http:` share links (local development); `https:` links are always allowed. */
  apiOrigin?: string;

  private readonly internals = this.attachInternals();
  // Loads only once the dialog opens (its view asks): a closed dialog on every row costs no request.
  private readonly loader = new ConversationLoaderController(this, {
    adapter: () => this.resolveAdapter(),
    pollIntervalMs: () => this.pollInterval,
    onError: ({ code, message }) =>
      this.dispatchEvent(new HarmonyErrorEvent({ code, action: 'load', message })),
  });
  /** What `show()` was opened from while the panel was still on its way. */
  private opener?: HTMLElement;
  private readonly body = new LazyView(
    this,
    viewModule,
    'The share dialog',
    'load',
    (module) =>
      new module.ShareDialogView({
        host: this,
        internals: this.internals,
        loader: this.loader,
        adapter: () => this.resolveAdapter(),
        strings: () => this.t,
        locale: () => languageOf(this),
        takeOpener: () => {
          const opener = this.opener;
          this.opener = undefined;
          return opener;
        },
      }),
  );

  private get view(): ShareDialogView | undefined {
    return this.body.view;
  }

  /** Opens the dialog. Pass the event or element that opened it, so focus returns there on close. */
  show(trigger?: HTMLElement | Event): void {
    const from = trigger instanceof Event ? triggerOf(trigger) : trigger;
    const opener = from ?? (deepActiveElement() as HTMLElement | null) ?? undefined;
    if (this.view) this.view.closing.returnFocusTo(opener);
    else this.opener = opener;
    this.open = true;
  }

  /** Closes the dialog as its ✕ would, unless a `harmony-close` listener prevents it. */
  hide(): boolean {
    if (this.view) return this.view.closing.request('programmatic');
    // Still loading, never shown: nothing opened (no harmony-open yet), so there is nothing to announce.
    this.opener = undefined;
    this.open = false;
    return true;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Out of the page, it no longer returns focus anywhere (nor holds on to what opened it).
    this.opener = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Loads the panel and renders it closed, so that the first open only has to show it.
    whenIdle(() => void this.body.warmUp());
  }

  /** An open dialog waits for its panel before it renders, so `updateComplete` means it is shown. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // Only the first opening waits: returning a promise on every update would delay them all.
    if (this.open && !this.view) return this.attachView().then(() => super.scheduleUpdate());
    super.scheduleUpdate();
  }

  private async attachView(): Promise<void> {
    // Not delivered (the host has heard why), or taken out of the page meanwhile: it stays closed.
    if (!(await this.body.attach())) this.open = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.view?.willUpdate(changed);
  }

  protected override adapterReplaced(): void {
    this.view?.adapterReplaced();
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.view?.updated(changed);
  }

  /** The panel's words: it adds the English it shows when it is built, before it reads any. */
  private get t(): HarmonyStrings {
    return this.wordsForView(this.strings);
  }

  override render() {
    return this.view ? this.view.render() : nothing;
  }
}
