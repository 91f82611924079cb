import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DismissController } from './dismiss.js';
import { deepActiveElement } from '../base/focus-origin.js';
import { PlacementController } from './placement.js';
import { RovingFocus } from './roving-focus.js';

export interface MenuButtonOptions {
  trigger(): HTMLElement;
  surface(): HTMLElement;
  items(): HTMLElement[];
  /** The text typeahead matches. */
  label(item: HTMLElement): string;
  isDisabled(item: HTMLElement): boolean;
  /** The host's open state (a reflected property): the controller reads it and sets it. */
  isOpen(): boolean;
  setOpen(open: boolean): void;
  /** An enabled item was chosen. The menu has closed and focus is back on the trigger. */
  onSelect(item: HTMLElement): void;
}

/** The menu open on this page, if any: opening another one closes it. */
const page: { openMenu?: MenuButtonController } = {};

/**
 * The WAI-ARIA APG menu button: Enter, Space and ArrowDown open on the first
 * item, ArrowUp on the last; arrows, Home/End and typeahead move; Enter and
 * Space select; Escape closes and returns focus; Tab closes and moves on;
 * a pointer outside closes. The surface is shown and positioned (placement) and
 * light-dismissed (dismiss) only while open, and one menu is open at a time.
 * The host binds the `on…` handlers in its template.
 */
export class MenuButtonController implements ReactiveController {
  private readonly placement: PlacementController;
  private readonly roving: RovingFocus;
  private readonly dismiss: DismissController;
  private focusOnOpen?: 'first' | 'last';
  private shown = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode },
    private readonly options: MenuButtonOptions,
  ) {
    host.addController(this);
    this.placement = new PlacementController(host, { placement: 'bottom-end' });
    this.dismiss = new DismissController(host, (source) => this.close(source === 'escape'));
    this.roving = new RovingFocus({ items: options.items, label: options.label });
  }

  open(focus: 'first' | 'last'): void {
    this.focusOnOpen = focus;
    // Open but not yet shown (its first render is on the way): hostUpdated focuses the item.
    if (this.options.isOpen() && this.shown) this.focusRequestedItem();
    else this.options.setOpen(true);
  }

  close(returnFocus: boolean): void {
    if (!this.options.isOpen()) return;
    // Focus moves before the surface hides, so it never falls back to <body> on the way.
    if (returnFocus) this.options.trigger().focus();
    this.options.setOpen(false);
  }

  /** Closes; focus that was inside goes back to the trigger rather than to <body>. */
  hide(): void {
    const active = deepActiveElement();
    this.close(!!active && (this.host.contains(active) || this.host.renderRoot.contains(active)));
  }

  hostUpdated(): void {
    const open = this.options.isOpen();
    if (open === this.shown) return;
    this.shown = open;
    if (open) {
      if (page.openMenu !== this) page.openMenu?.hide();
      page.openMenu = this;
      this.placement.show(this.options.trigger(), this.options.surface());
      this.dismiss.activate();
      this.focusRequestedItem();
    } else {
      if (page.openMenu === this) page.openMenu = undefined;
      this.placement.hide();
      this.dismiss.deactivate();
    }
  }

  hostDisconnected(): void {
    // A menu taken out of the page is closed: it comes back closed, and nothing here keeps it alive.
    this.options.setOpen(false);
    if (page.openMenu === this) page.openMenu = undefined;
  }

  readonly onTriggerClick = (): void => {
    if (this.options.isOpen()) this.close(true);
    else this.open('first');
  };

  readonly onTriggerKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    this.open(event.key === 'ArrowDown' ? 'first' : 'last');
  };

  readonly onSurfaceKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' || event.key === ' ') {
      const item = this.roving.current();
      if (!item) return;
      // Also keeps the key from "clicking" the trigger once focus is back on it.
      event.preventDefault();
      this.select(item);
    } else if (event.key === 'Tab') {
      // Not prevented: with focus back on the trigger, the browser moves on to the next (or previous) element.
      this.close(true);
    } else if (this.roving.handleKey(event)) {
      event.preventDefault();
    }
  };

  readonly onSurfaceClick = (event: MouseEvent): void => {
    const path = event.composedPath();
    const item = this.options.items().find((candidate) => path.includes(candidate));
    if (item) this.select(item);
  };

  /** Focus moved elsewhere without a pointer (which DismissController sees): close too. */
  readonly onSurfaceFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (!next || this.host.contains(next) || this.host.renderRoot.contains(next)) return;
    this.close(false);
  };

  private select(item: HTMLElement): void {
    if (this.options.isDisabled(item)) return;
    this.close(true);
    this.options.onSelect(item);
  }

  private focusRequestedItem(): void {
    if (this.focusOnOpen === 'first') this.roving.focusFirst();
    if (this.focusOnOpen === 'last') this.roving.focusLast();
    this.focusOnOpen = undefined;
  }
}
