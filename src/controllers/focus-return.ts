import type { ReactiveController, ReactiveControllerHost } from 'lit';

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
