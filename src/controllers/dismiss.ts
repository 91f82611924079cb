import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type DismissSource = 'escape' | 'outside';

/**
 * Light dismiss for a surface the browser does not dismiss itself (a manual
 * popover): a pointer pressed outside the host, or Escape. Listens on the
 * document only while active, so a closed surface leaves nothing behind.
 */
export class DismissController implements ReactiveController {
  private active = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onDismiss: (source: DismissSource) => void,
  ) {
    host.addController(this);
  }

  activate(): void {
    if (this.active) return;
    this.active = true;
    // Capture: a host page that stops propagation of its own clicks must not keep the surface open.
    document.addEventListener('pointerdown', this.onPointerDown, true);
    document.addEventListener('keydown', this.onKeyDown);
  }

  deactivate(): void {
    if (!this.active) return;
    this.active = false;
    document.removeEventListener('pointerdown', this.onPointerDown, true);
    document.removeEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    this.deactivate();
  }

  private readonly onPointerDown = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this.host)) this.onDismiss('outside');
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    // Escape closes only the top-most surface: a host's modal dialog around the menu stays open.
    event.preventDefault();
    this.onDismiss('escape');
  };
}
