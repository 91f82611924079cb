import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { HarmonyElement } from '../../base/harmony-element.js';
import { Lazy, whenIdleOnce } from '../../base/lazy.js';
import { adoptStyles, LazyView } from '../../base/lazy-view.js';
import { openUrl } from '../../controllers/open-url.js';
import { ConversationLoaderController } from '../../controllers/conversation-loader.js';
import type { TriggerStrings } from '../../i18n/english/triggers.js';
import type { PartialHarmonyStrings } from '../../i18n/strings.js';
import { companionIcon, spinner } from '../../styles/icons.js';
import type { CompanionLauncherView } from './companion-launcher-view.js';
import { styles } from './companion-launcher.styles.js';
import { companionUnavailableReason } from './companion-reason.js';

// The thread request and its callout load on intent (pointer over or focus on the button), on idle,
// or at the first click: a page where nobody asks Companion does not pay for them.
const viewModule = new Lazy(() => import('./companion-launcher-view.js'));

/** Pointer over or focus on the button, or the page idle: it may well be used, so its code loads. */
function prefetchLauncher(): void {
  viewModule.prefetch();
}
/** What the launcher follows for its tooltip until the tooltip's own code takes over. */
const EARLY_TOOLTIP_EVENTS = ['pointerover', 'pointerleave', 'focusin', 'focusout', 'click', 'keydown'];

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
  static override properties: PropertyDeclarations = {
    conversationId: { attribute: 'conversation-id', reflect: true },
    target: {},
    apiOrigin: { attribute: 'api-origin' },
    strings: { attribute: false },
    pollInterval: { type: Number, attribute: 'poll-interval' },
    starting: { state: true, attribute: false },
  };
  static override styles = styles;

  /** The conversation the new thread is about. */
  conversationId?: string;

  /** Where the thread opens: this tab by default, or a browsing context name such as `_blank`. */
  target?: string;

  /** Origin allowed for `http:` thread URLs (local development); `https:` is always allowed. Defaults to this page's http origin. */
  apiOrigin?: string;

  /** Overrides for any of the words the launcher shows. */
  strings?: PartialHarmonyStrings;

  /** How often (ms) a conversation still processing is re-checked, so the launcher enables itself. */
  pollInterval = 5000;

  private readonly internals = this.attachInternals();
  private readonly loader = new ConversationLoaderController(this, {
    adapter: () => this.resolveAdapter(),
    pollIntervalMs: () => this.pollInterval,
    // Whether the conversation can be discussed yet is known from when the page is idle, or at once
    // when a user reaches for the button; until then the button is enabled.
    waitForIdle: true,
  });
  private readonly body = new LazyView(
    this,
    viewModule,
    'Companion',
    'companion',
    (module) =>
      new module.CompanionLauncherView({
        host: this,
        internals: this.internals,
        loader: this.loader,
        adapter: () => this.resolveAdapter(),
        strings: () => this.wordsForView(this.strings),
        button: () => this.button!,
        unavailableReason: () => this.unavailableReason,
        navigate: (url) => this.navigate(url, this.target),
      }),
  );

  private get view(): CompanionLauncherView | undefined {
    return this.body.view;
  }
  /** Clicked while the code behind the button is still loading: it already shows it is working. */
  private starting = false;

  private tooltip?: Promise<unknown>;
  /** What the pointer and focus ask of the tooltip while its code is on the way. */
  private tooltipWanted?: 'pointer' | 'focus';

  constructor() {
    super();
    for (const type of EARLY_TOOLTIP_EVENTS) this.addEventListener(type, this.beforeTooltip);
  }

  /**
   * Until the tooltip's code arrives (with the first pointer over or focus on the launcher, or at idle),
   * the launcher notes what the pointer and focus ask of it, so on arrival the tooltip shows only if it is
   * still wanted: not after a click, Escape, blur, or the pointer leaving.
   */
  private readonly beforeTooltip = (event: Event): void => {
    switch (event.type) {
      case 'pointerover':
        // Touch has no hover: a tap must not leave a tooltip behind.
        if ((event as PointerEvent).pointerType === 'touch') return;
        this.tooltipWanted = 'pointer';
        return this.loadTooltip();
      case 'focusin':
        this.tooltipWanted = 'focus';
        return this.loadTooltip();
      case 'keydown':
        if ((event as KeyboardEvent).key === 'Escape') this.tooltipWanted = undefined;
        return;
      default: // pointerleave, focusout, click
        this.tooltipWanted = undefined;
    }
  };

  private loadTooltip(): void {
    this.tooltip ??= viewModule.get().then(
      ({ TooltipController, tooltipStyles }) => {
        for (const type of EARLY_TOOLTIP_EVENTS) this.removeEventListener(type, this.beforeTooltip);
        adoptStyles(this, tooltipStyles);
        // It hooks itself up to this element; nothing else needs to hold it.
        const tooltip = new TooltipController(this, {
          anchor: () => this.button,
          tooltip: () => this.renderRoot.querySelector<HTMLElement>('[part="tooltip"]'),
        });
        const wanted = this.tooltipWanted;
        // For a pointer resting on the button, not one that went on to the tooltip or the callout.
        if (wanted === 'focus' || (wanted === 'pointer' && this.button?.matches(':hover')))
          tooltip.showFor(wanted);
        return tooltip;
      },
      () => {
        // No tooltip this time (the button keeps its name: aria-labelledby reads the hidden tooltip's
        // words); the next pointer or focus asks for its code again.
        this.tooltip = undefined;
        return undefined;
      },
    );
  }

  /**
   * Opens the thread. Returns false when the browser refused (a blocked popup),
   * and the launcher then shows a link to it. Subclasses may open threads their own way.
   */
  protected navigate(url: string, target: string | undefined): boolean {
    return openUrl(url, target);
  }

  /** The words the trigger shows: those that load with the element (the rest come with what opens). */
  private get t(): TriggerStrings {
    return this.localize(this.strings);
  }

  private get button(): HTMLButtonElement | null {
    return this.renderRoot.querySelector('[part="button"]');
  }

  /** Pointer over or focus on the button: it may well be used, so its code and conversation load. */
  private readonly onIntent = (): void => {
    this.loader.wake();
    prefetchLauncher();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a move: the loader dropped its request on the way out.
    if (this.hasUpdated) this.loader.load(this.conversationId);
    this.loader.watch();
    whenIdleOnce(prefetchLauncher);
  }

  /** Why no thread can be made now; undefined when one can. */
  private get unavailableReason(): string | undefined {
    return companionUnavailableReason(this.loader.conversation, this.t);
  }

  protected override updated(): void {
    const states = this.internals.states;
    const toggle = (name: string, on: boolean) => (on ? states.add(name) : states.delete(name));
    toggle('unavailable', !!this.unavailableReason);
    toggle('pending', this.pending);
    this.view?.updated();
  }

  private get pending(): boolean {
    return this.starting || !!this.view?.pending;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('conversationId')) this.loader.load(this.conversationId);
    this.view?.willUpdate(changed);
  }

  /** A request made through the previous backend is aborted; its error, link or status no longer apply. */
  protected override adapterReplaced(): void {
    this.view?.dismiss(false);
    this.loader.load(this.conversationId, true);
  }

  private async onActivate(): Promise<void> {
    if (this.starting) return;
    // The conversation is asked for now if the page was not yet idle (a click with no pointer over or
    // focus first). The thread request does not wait for it: the server turns a meeting still
    // processing away (`not-ready`), and the launcher says why.
    this.loader.wake();
    this.starting = !this.view && !this.unavailableReason;
    const view = await this.body.attach();
    // The callout's alert region renders before anything appears in it, so screen readers hear it.
    this.requestUpdate();
    await this.updateComplete;
    this.starting = false;
    // Not delivered (the host has heard why), or taken out of the page while its code loaded (the user
    // went elsewhere): no thread, no navigation.
    if (this.isConnected) await view?.activate();
  }

  override render() {
    const t = this.t;
    const pending = this.pending;
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
        @pointerenter=${this.onIntent}
        @focus=${this.onIntent}
      >
        ${pending ? spinner : html`<span part="icon">${companionIcon}</span>`}
      </button>
      <div id="tooltip" class="tooltip placed" part="tooltip" role="tooltip" popover="manual">
        <span id="tooltip-label">${t.discussWithCompanion}</span>
        ${reason ? html`<span id="tooltip-reason" class="tooltip-reason">${reason}</span>` : nothing}
      </div>
      <div class="visually-hidden" role="status">${pending ? t.openingCompanion : ''}</div>
      ${this.view ? this.view.render() : nothing}`;
  }
}
