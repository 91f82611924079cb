import { FocusReturnController } from '../../controllers/focus-return.js';
import { HarmonyAfterCloseEvent, HarmonyCloseEvent, type CloseSource } from '../../events/surface-events.js';
import type { HarmonyShareDialog } from './share-dialog.js';

/**
 * How the share dialog closes: a cancelable `harmony-close` first, then what closed it is remembered
 * until the native dialog has closed, focus goes back to what opened it, and `harmony-after-close` says
 * by what. It comes with the panel: a dialog that never showed has nothing to close.
 */
export class DialogClosing {
  private source: CloseSource = 'programmatic';
  private readonly focusReturn: FocusReturnController;

  constructor(private readonly host: HarmonyShareDialog) {
    this.focusReturn = new FocusReturnController(host);
  }

  /** Where focus goes back when the dialog closes. */
  returnFocusTo(trigger: HTMLElement | undefined): void {
    this.focusReturn.save(trigger);
  }

  /** Asks to close; false when a `harmony-close` listener kept the dialog open. */
  request(source: CloseSource): boolean {
    if (!this.host.open) return true;
    if (!this.host.dispatchEvent(new HarmonyCloseEvent(source))) return false;
    this.source = source;
    this.host.open = false;
    return true;
  }

  /** The browser closed the native dialog on its own (a second Escape): nobody could keep it open. */
  closedByBrowser(): void {
    this.source = 'escape';
    this.host.open = false;
  }

  /** The native dialog has closed. */
  closed(): void {
    this.focusReturn.restore();
    const source = this.source;
    this.source = 'programmatic';
    this.host.dispatchEvent(new HarmonyAfterCloseEvent(source));
  }
}
