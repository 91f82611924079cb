import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The element that really has focus, looking through open shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  const active = root.activeElement;
  return active?.shadowRoot ? (deepActiveElement(active.shadowRoot) ?? active) : active;
}

/** The focusable element an event came from (the button that was clicked or keyed), if any. */
export function triggerOf(event: Event): HTMLElement | undefined {
  for (const target of event.composedPath()) {
    if (
      target instanceof HTMLElement &&
      target.matches('button, a[href], [tabindex], input, select, textarea')
    ) {
      return target;
    }
  }
  return undefined;
}

/**
 * Remembers what opened a surface and puts focus back there when it closes, as
 * the APG dialog pattern asks, unless the user has since moved focus elsewhere
 * on purpose (clicked into the page), or the trigger has left the document.
 */
export class FocusReturnController implements ReactiveController {
  private trigger?: HTMLElement;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  save(trigger: HTMLElement | undefined): void {
    this.trigger = trigger;
  }

  restore(): void {
    const trigger = this.trigger;
    this.trigger = undefined;
    if (trigger?.isConnected) trigger.focus({ preventScroll: true });
  }

  hostDisconnected(): void {
    this.trigger = undefined;
  }
}
