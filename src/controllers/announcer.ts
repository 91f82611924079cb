import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The text of an element's one `role=status` region. The region exists from the first render; `say()`
 * clears it and sets the new words a frame later, so screen readers announce a change every time,
 * even the same words twice in a row.
 */
export class AnnouncerController implements ReactiveController {
  message = '';
  private frame?: number;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  say(message: string): void {
    this.set('');
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.set(message);
    });
  }

  clear(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.set('');
  }

  hostDisconnected(): void {
    this.clear();
  }

  private set(message: string): void {
    if (message === this.message) return;
    this.message = message;
    this.host.requestUpdate();
  }
}
