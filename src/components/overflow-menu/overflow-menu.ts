import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { HarmonyElement } from '../../base/harmony-element.js';
import { Lazy, whenIdleOnce } from '../../base/lazy.js';
import { LazyView } from '../../base/lazy-view.js';
import { openUrl } from '../../controllers/open-url.js';
import { ConversationLoaderController } from '../../controllers/conversation-loader.js';
import { HarmonyErrorEvent } from '../../events/error-event.js';
import type { TriggerStrings } from '../../i18n/english/triggers.js';
import type { PartialHarmonyStrings } from '../../i18n/strings.js';
import { moreIcon, spinner } from '../../styles/icons.js';
import { companionUnavailableReason } from '../companion-launcher/companion-reason.js';
import { prefetchShareDialog } from '../share-dialog/share-dialog.js';
import type { OverflowMenuView } from './overflow-menu-view.js';

import { styles } from './overflow-menu.styles.js';

// The menu itself loads on a user's intent (pointer over or focus on ⋯), when it first opens, or when
// the page is idle; with it the positioning code, so the first open places the menu at once.
const viewModule = new Lazy(async () => {
  // floating-ui is fetched beside the view rather than after it, then handed to the view's positioning,
  // so the first open places the menu at once. Without it the menu still opens, where the browser puts
  // it (PlacementController says why).
  const [module] = await Promise.all([
    import('./overflow-menu-view.js'),
    import('@floating-ui/dom').catch(() => {}),
  ]);
  await module.loadPlacement().catch(() => {});
  return module;
});

/** Pointer over or focus on ⋯, or the page idle: the menu is likely to open, so it starts loading. */
function prefetchMenu(): void {
  viewModule.prefetch();
  // Share is one choice away once the menu opens.
  prefetchShareDialog();
}

/**
 * The ⋯ button next to a conversation title and its menu: **Share**, which
 * opens the share dialog, **Discuss with Companion**, and any items the host
 * adds. Register it with its define file, which also registers
 * `<harmony-share-dialog>`; `<harmony-menu-item>` is registered when the menu's own code arrives
 * (pointer over or focus on ⋯, idle, or the first open).
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
  static override properties: PropertyDeclarations = {
    conversationId: { attribute: 'conversation-id', reflect: true },
    open: { type: Boolean, reflect: true },
    shareDialog: { attribute: 'share-dialog' },
    companionTarget: { attribute: 'companion-target' },
    apiOrigin: { attribute: 'api-origin' },
    pollInterval: { type: Number, attribute: 'poll-interval' },
    strings: { attribute: false },
  };
  static override styles = styles;

  /** The conversation the menu acts on; its title names the ⋯ button and its status enables Share. */
  conversationId?: string;

  /** Whether the menu is open. Prefer `show()` and `hide()`, which also move focus. */
  open = false;

  /** The id of the `<harmony-share-dialog>` Share opens; without it the menu uses a dialog of its own. */
  shareDialog?: string;

  /** Where a Companion thread opens: this tab by default, or a browsing context name such as `_blank`. */
  companionTarget?: string;

  /** Origin allowed for `http:` link and thread URLs (local development). Defaults to this page's http origin. */
  apiOrigin?: string;

  /** How often (ms) a conversation still processing is re-checked while the menu is open. */
  pollInterval = 5000;

  /** Overrides for any of the words the menu shows. */
  strings?: PartialHarmonyStrings;

  private get trigger(): HTMLButtonElement {
    return this.renderRoot.querySelector('[part="trigger"]')!;
  }

  private readonly internals = this.attachInternals();
  private readonly loader = new ConversationLoaderController(this, {
    adapter: () => this.resolveAdapter(),
    pollIntervalMs: () => this.pollInterval,
    onError: ({ code, message }) =>
      this.dispatchEvent(new HarmonyErrorEvent({ code, action: 'load', message })),
    // The title names the ⋯ button from when the page is idle, or at once when a user reaches for it.
    waitForIdle: true,
  });
  private readonly body = new LazyView(
    this,
    viewModule,
    'The menu',
    'load',
    (module) =>
      new module.OverflowMenuView({
        host: this,
        internals: this.internals,
        loader: this.loader,
        adapter: () => this.resolveAdapter(),
        strings: () => this.wordsForView(this.strings),
        trigger: () => this.trigger,
        companionReason: () => companionUnavailableReason(this.loader.conversation, this.t),
        navigate: (url) => this.navigate(url, this.companionTarget),
      }),
  );
  /** Which item gets focus once the menu, still loading, opens. */
  private focusOnOpen?: 'first' | 'last';

  /** Opens the menu and focuses its first item. */
  show(): void {
    this.openMenu('first');
  }

  /** Closes the menu; when focus was in it, focus goes back to the ⋯ button. */
  hide(): void {
    if (this.view) this.view.menu.hide();
    else {
      // Closed while its code was still on the way: it must not open (nor take focus) when it arrives.
      this.focusOnOpen = undefined;
      this.open = false;
    }
  }

  private openMenu(focus: 'first' | 'last'): void {
    if (this.view) this.view.menu.open(focus);
    else {
      this.focusOnOpen = focus;
      this.open = true;
    }
  }

  /** An open menu waits for its surface before it renders, so `updateComplete` means it is shown. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // Open (by a user, or by the host's `open`): the conversation is asked for now, beside the code.
    if (this.open) this.loader.wake();
    // Only the first opening waits: returning a promise on every update would delay them all.
    if (this.open && !this.view) return this.attachView().then(() => super.scheduleUpdate());
    super.scheduleUpdate();
  }

  private get view(): OverflowMenuView | undefined {
    return this.body.view;
  }

  private async attachView(): Promise<void> {
    const view = await this.body.attach();
    // Not delivered (the host has heard why), or taken out of the page meanwhile: it stays closed.
    if (!view) this.open = false;
    else if (this.focusOnOpen && this.open) view.menu.open(this.focusOnOpen);
    this.focusOnOpen = undefined;
  }

  /**
   * Pointer over or focus on ⋯: the menu is likely to open, so it loads and renders closed, and the
   * open only shows it. (Idle time only loads the code: a page may hold a menu on every row.)
   */
  private readonly warmUp = (): void => {
    this.loader.wake();
    prefetchMenu();
    void this.body.warmUp();
  };

  private readonly onTriggerClick = (): void => {
    if (this.view) this.view.menu.onTriggerClick();
    else if (this.open) this.hide();
    else this.openMenu('first');
  };

  private readonly onTriggerKeydown = (event: KeyboardEvent): void => {
    if (this.view) return this.view.menu.onTriggerKeydown(event);
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    this.openMenu(event.key === 'ArrowDown' ? 'first' : 'last');
  };

  /**
   * Opens a Companion thread. Returns false when the browser refused (a blocked
   * popup), and the menu then shows a link to it. Subclasses may open threads their own way.
   */
  protected navigate(url: string, target: string | undefined): boolean {
    return openUrl(url, target);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    whenIdleOnce(prefetchMenu);
    // Back in the page after a move: the loader dropped its request on the way out.
    if (this.hasUpdated) this.loader.load(this.conversationId);
  }

  /** The words the trigger shows: those that load with the element (the rest come with what opens). */
  private get t(): TriggerStrings {
    return this.localize(this.strings);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('conversationId')) this.loader.load(this.conversationId);
    this.view?.willUpdate(changed);
    if (!changed.has('open')) return;
    if (this.open) {
      // Opening again after a failed load retries it; a processing conversation is re-checked while open.
      if (this.loader.error) this.loader.load(this.conversationId, true);
      this.loader.watch();
    } else this.loader.unwatch();
  }

  /** The title, status and any Companion request belong to the previous backend. */
  protected override adapterReplaced(): void {
    this.view?.adapterReplaced();
    this.loader.load(this.conversationId, true);
  }

  protected override updated(): void {
    if (this.open) this.internals.states.add('open');
    else this.internals.states.delete('open');
    this.view?.updated();
  }

  override render() {
    const t = this.t;
    const { conversation } = this.loader;
    return html`<button
        id="trigger"
        class="icon-button"
        part="trigger"
        type="button"
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${this.view ? 'menu' : nothing}
        aria-label=${conversation ? t.moreActions(conversation.title.trim() || t.untitled) : t.moreActionsNoTitle}
        @click=${this.onTriggerClick}
        @keydown=${this.onTriggerKeydown}
        @pointerenter=${this.warmUp}
        @focus=${this.warmUp}
      >
        ${this.view?.pending ? spinner : moreIcon}
      </button>
      ${this.view ? this.view.render() : nothing}`;
  }
}
