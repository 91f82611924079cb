import { html, nothing, type PropertyValues } from 'lit';
import { pageHttpOrigin } from '../../adapter/url-policy.js';
import { CompanionFlowController } from '../../controllers/companion-flow.js';
import { MenuButtonController } from '../../controllers/menu-button.js';
import { PlacementController } from '../../controllers/placement.js';
import { RetryCountdownController } from '../../controllers/retry-countdown.js';
import { HarmonySelectEvent } from '../../events/action-events.js';
import type { ViewShell } from '../../base/lazy-view.js';
import {
  companionFeedbackTemplate,
  companionStyles,
  hasCompanionFeedback,
} from '../companion-launcher/companion-feedback.js';
// Its items, the built-in ones and the host's, are registered with the menu's code: until it arrives,
// nothing shows them.
import '../menu-item/define.js';
import type { HarmonyMenuItem } from '../menu-item/menu-item.js';
import type { HarmonyShareDialog } from '../share-dialog/share-dialog.js';
import type { HarmonyOverflowMenu } from './overflow-menu.js';
import { surfaceStyles } from './overflow-menu-surface.styles.js';
import {
  builtInItemsTemplate,
  ownShareDialogTemplate,
  shareUnavailableReason,
} from './overflow-menu.templates.js';
import { findShareDialog } from './share-dialog-lookup.js';
import { buttons } from '../../styles/buttons.js';
import { addEnglish } from '../../i18n/english/loaded.js';
import { surfaceWords } from '../../i18n/english/surfaces.js';
import { panelTokens } from '../../styles/panel-tokens.js';
import { placedPopover } from '../../styles/popover.js';

// The element hands floating-ui to the menu's positioning before the first open (overflow-menu.ts).
export { loadPlacement } from '../../controllers/placement.js';

/** The menu's styles, which its element adds to its shadow root when this part arrives. */
export const styles = [panelTokens, buttons, placedPopover, companionStyles, surfaceStyles];

/** What the element lends its view. */
export interface OverflowMenuShell extends ViewShell<HarmonyOverflowMenu> {
  trigger(): HTMLButtonElement;
  /** Why Companion cannot discuss the conversation now; undefined when it can. */
  companionReason(): string | undefined;
  /** Opens a Companion thread the element's way (`navigate`, which subclasses may override). */
  navigate(url: string): boolean;
}

/**
 * The menu behind the ⋯ button: its surface and items, the Companion request and its callout, and the
 * share dialog Share opens. It loads when the menu first opens or on a user's intent (pointer over or
 * focus on the ⋯ button), so a page whose menus stay closed does not pay for it.
 */
export class OverflowMenuView {
  readonly menu: MenuButtonController;
  private readonly feedbackPlacement: PlacementController;
  private readonly countdown: RetryCountdownController;
  private readonly flow: CompanionFlowController;
  /** Set once Share needs the menu's own dialog: nothing is rendered for it before. */
  private ownDialog = false;
  private hasHostItems = false;

  constructor(private readonly shell: OverflowMenuShell) {
    // The words of what opens arrive with it; the trigger's own words were there from the start.
    addEnglish(surfaceWords);
    const { host } = shell;
    this.menu = new MenuButtonController(host, {
      trigger: () => shell.trigger(),
      surface: () => host.renderRoot.querySelector<HTMLElement>('[part="menu"]')!,
      items: () => this.items,
      label: (item) => (item as HarmonyMenuItem).label,
      isDisabled: (item) => (item as HarmonyMenuItem).disabled,
      isOpen: () => host.open,
      setOpen: (open) => (host.open = open),
      onSelect: (item) => this.onSelect(item as HarmonyMenuItem),
    });
    this.feedbackPlacement = new PlacementController(host, { placement: 'bottom-end' });
    this.countdown = new RetryCountdownController(host);
    this.flow = new CompanionFlowController(host, {
      adapter: () => shell.adapter(),
      conversationId: () => host.conversationId,
      // The product page: the menu's Discuss with Companion opens an open-ended thread (the icon suggests).
      suggestion: () => '',
      apiOrigin: () => host.apiOrigin ?? pageHttpOrigin(),
      navigate: (url) => shell.navigate(url),
    });
  }

  /** A Companion thread is being created. */
  get pending(): boolean {
    return this.flow.pending;
  }

  /** Built-in items, then the host's, in the order arrow keys visit them. */
  private get items(): HarmonyMenuItem[] {
    const root = this.shell.host.renderRoot;
    return [...root.querySelectorAll<HarmonyMenuItem>('[part~="item"]'), ...this.hostItems];
  }

  private get hostItems(): HarmonyMenuItem[] {
    const assigned = this.shell.host.renderRoot.querySelector('slot')?.assignedElements() ?? [];
    return assigned.filter((el): el is HarmonyMenuItem => el.getAttribute('role') === 'menuitem');
  }

  willUpdate(changed: PropertyValues<HarmonyOverflowMenu>): void {
    // A Companion request or its message belongs to the meeting it was made for.
    if (changed.has('conversationId') && changed.get('conversationId') !== undefined) this.flow.dismiss();
    // The menu covers the Companion callout's place: an error or link shown there is done with.
    if (changed.has('open') && this.shell.host.open && !this.flow.pending) this.flow.dismiss();
  }

  /** The title, status and any Companion request belong to the previous backend. */
  adapterReplaced(): void {
    this.flow.dismiss();
  }

  updated(): void {
    const feedback = this.shell.host.renderRoot.querySelector<HTMLElement>('[part="companion-feedback"]')!;
    this.feedbackPlacement.toggle(
      this.shell.trigger(),
      feedback,
      hasCompanionFeedback(this.flow) && !this.shell.host.open,
    );
    const states = this.shell.internals.states;
    const toggle = (name: string, on: boolean) => (on ? states.add(name) : states.delete(name));
    toggle('pending', this.flow.pending);
    toggle('error', !!this.flow.error);
  }

  /** The menu has closed first: a host's listener that opens a dialog finds focus on the ⋯ button to return to. */
  private onSelect(item: HarmonyMenuItem): void {
    const value = item.value;
    // Built apart from dispatchEvent() so the manifest analyzer does not list `value` as an event name.
    const selection = new HarmonySelectEvent(value);
    if (!this.shell.host.dispatchEvent(selection)) return;
    if (value === 'share') void this.openShareDialog();
    else if (value === 'companion') void this.flow.start();
  }

  private async openShareDialog(): Promise<void> {
    const { host } = this.shell;
    const named = host.shareDialog ? findShareDialog(host, host.shareDialog) : undefined;
    const dialog = named ?? (await this.ownShareDialog());
    if (host.conversationId) dialog.conversationId = host.conversationId;
    dialog.show(this.shell.trigger());
  }

  private async ownShareDialog(): Promise<HarmonyShareDialog> {
    this.ownDialog = true;
    this.shell.host.requestUpdate();
    await this.shell.host.updateComplete;
    return this.shell.host.renderRoot.querySelector('harmony-share-dialog')!;
  }

  private readonly onSlotChange = (): void => {
    this.hasHostItems = this.hostItems.length > 0;
    this.shell.host.requestUpdate();
  };

  render() {
    const { host, loader } = this.shell;
    const t = this.shell.strings();
    const pending = this.flow.pending;
    return html`<div
        id="menu"
        class="menu placed"
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
          shareReason: shareUnavailableReason(loader, t),
          companionReason: this.shell.companionReason(),
          companionPending: pending,
        })}
        <div part="separator" role="separator" ?hidden=${!this.hasHostItems}></div>
        <slot @slotchange=${this.onSlotChange}></slot>
      </div>
      <div class="visually-hidden" role="status">${pending ? t.openingCompanion : ''}</div>
      ${companionFeedbackTemplate({
        flow: this.flow,
        strings: t,
        target: host.companionTarget,
        secondsLeft: this.countdown.secondsLeft(this.flow.error),
        onRetry: () => void this.flow.start(),
        onDismiss: () => {
          this.flow.dismiss();
          this.shell.trigger().focus();
        },
      })}
      ${
        this.ownDialog
          ? ownShareDialogTemplate({
              conversationId: host.conversationId,
              pollInterval: host.pollInterval,
              apiOrigin: host.apiOrigin,
              adapter: host.adapter,
              strings: host.strings,
            })
          : nothing
      }`;
  }
}
