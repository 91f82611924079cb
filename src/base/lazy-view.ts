import type { CSSResult, LitElement } from 'lit';
import { HarmonyErrorEvent, type HarmonyAction } from '../events/error-event.js';
import type { HarmonyAdapter } from '../adapter/types.js';
import type { ConversationLoaderController } from '../controllers/conversation-loader.js';
import type { HarmonyStrings } from '../i18n/strings.js';
import type { Lazy } from './lazy.js';

/** What every element lends the view built for it: itself, its state, its backend and its words. */
export interface ViewShell<H extends HTMLElement> {
  readonly host: H;
  readonly internals: ElementInternals;
  /** The element's conversation, loaded for its trigger or heading. */
  readonly loader: ConversationLoaderController;
  adapter(): HarmonyAdapter | undefined;
  strings(): HarmonyStrings;
}

/** A lazily loaded view module: its styles, and whatever builds the view. */
export interface ViewModule {
  styles: CSSResult[];
}

/**
 * The body of an element shell, built once its module has arrived: the module's styles join the
 * element's shadow root and `build` makes the view, once. What each shell does when the body cannot be
 * had (stay closed, drop a pending focus) stays with the shell.
 */
export class LazyView<M extends ViewModule, V> {
  view?: V;

  constructor(
    private readonly host: LitElement,
    private readonly module: Lazy<M>,
    /** Names the part in the `harmony-error` sent when its code cannot be delivered. */
    private readonly what: string,
    private readonly action: HarmonyAction,
    private readonly build: (module: M) => V,
  ) {}

  /**
   * The view, built now if it was not yet; undefined when its code could not be delivered or the
   * element left the page while it loaded. Code the host's server cannot deliver fails loudly: the
   * element tells its page why (`harmony-error`, `unavailable`, with the browser's message, which names
   * the URL), so the shell can stay as it was.
   */
  async attach(): Promise<V | undefined> {
    let module: M;
    try {
      module = await this.module.get();
    } catch (error) {
      const cause = error instanceof Error ? error.message : String(error);
      const message = `${this.what} could not be loaded: ${cause}`;
      this.host.dispatchEvent(new HarmonyErrorEvent({ code: 'unavailable', action: this.action, message }));
      return undefined;
    }
    if (!this.host.isConnected) return undefined;
    if (!this.view) {
      adoptStyles(this.host, module.styles);
      this.view = this.build(module);
    }
    return this.view;
  }

  /**
   * Loads the code quietly and builds the view, so that a first open only has to show it. A failure
   * is left to the opening, which tries again and tells the host.
   */
  async warmUp(): Promise<void> {
    try {
      await this.module.get();
    } catch {
      return;
    }
    if (!this.host.isConnected || this.view) return;
    await this.attach();
    this.host.requestUpdate();
  }
}

/**
 * Adds a lazily loaded part's styles to an element's shadow root, after what it already has (the
 * element's own styles, its direction); none twice.
 */
export function adoptStyles(host: LitElement, styles: CSSResult[]): void {
  const root = host.renderRoot as ShadowRoot;
  const present = new Set(root.adoptedStyleSheets);
  const added = styles
    .map((style) => style.styleSheet)
    .filter((sheet): sheet is CSSStyleSheet => !!sheet && !present.has(sheet));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...added];
}
