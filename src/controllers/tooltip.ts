import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PlacementController } from './placement.js';

/** Hover intent: a pointer passing over a toolbar does not flash every tooltip on its way. */
const SHOW_AFTER_MS = 300;
/** Lets the pointer travel from the button onto the tooltip without losing it (WCAG 1.4.13, hoverable). */
const HIDE_AFTER_MS = 150;

export interface TooltipParts {
  anchor(): HTMLElement | null | undefined;
  tooltip(): HTMLElement | null | undefined;
}

/** The host events a tooltip follows. */
const TOOLTIP_EVENTS = ['pointerover', 'pointerleave', 'focusin', 'focusout', 'click', 'keydown'] as const;

/**
 * Whether a `pointerover` is a hovering pointer on `anchor` (touch has no hover: a tap would show the
 * tooltip and leave it stuck). Only while the event is dispatched: its path is empty afterwards.
 */
function isPointerOn(anchor: HTMLElement | null | undefined, event: Event): boolean {
  return !!anchor && (event as PointerEvent).pointerType !== 'touch' && event.composedPath().includes(anchor);
}

/**
 * A tooltip shown on hover and on keyboard focus, dismissed by Escape without
 * moving focus, and kept while the pointer is over it. Listens on the host
 * only, so it holds nothing once the host is gone.
 */
export class TooltipController implements ReactiveController {
  private readonly placement: PlacementController;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly parts: TooltipParts,
  ) {
    host.addController(this);
    this.placement = new PlacementController(host, { placement: 'top', distance: 6 });
    for (const type of TOOLTIP_EVENTS) host.addEventListener(type, this.handleEvent);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /**
   * Shows the tooltip as for a pointer resting on its anchor (after the hover delay) or for keyboard
   * focus on it (at once, when focus is visible). Also for the event that led to loading this code.
   */
  showFor(cause: 'pointer' | 'focus'): void {
    if (cause === 'pointer') this.schedule(true, this.placement.shown ? 0 : SHOW_AFTER_MS);
    else if (this.parts.anchor()?.matches(':focus-visible')) this.schedule(true, 0);
  }

  private readonly handleEvent = (event: Event): void => {
    switch (event.type) {
      case 'pointerover':
        if (isPointerOn(this.parts.anchor(), event)) this.showFor('pointer');
        return;
      case 'pointerleave':
        return this.schedule(false, HIDE_AFTER_MS);
      case 'focusin':
        return this.showFor('focus');
      case 'keydown':
        if ((event as KeyboardEvent).key !== 'Escape' || !this.placement.shown) return;
        // Escape dismisses the tooltip only, not a dialog the host page wraps around it.
        event.preventDefault();
        return this.schedule(false, 0);
      default: // focusout, click
        return this.schedule(false, 0);
    }
  };

  private schedule(shown: boolean, delay: number): void {
    clearTimeout(this.timer);
    if (delay === 0) this.apply(shown);
    else this.timer = setTimeout(() => this.apply(shown), delay);
  }

  private apply(shown: boolean): void {
    const anchor = this.parts.anchor();
    const tooltip = this.parts.tooltip();
    if (!anchor || !tooltip || !this.host.isConnected) return;
    this.placement.toggle(anchor, tooltip, shown);
  }
}
