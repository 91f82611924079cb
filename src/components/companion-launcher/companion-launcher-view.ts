import type { PropertyValues } from 'lit';
import { pageHttpOrigin } from '../../adapter/url-policy.js';
import { CompanionFlowController } from '../../controllers/companion-flow.js';
import { DismissController } from '../../controllers/dismiss.js';
import { PlacementController } from '../../controllers/placement.js';
import { RetryCountdownController } from '../../controllers/retry-countdown.js';
import type { ViewShell } from '../../base/lazy-view.js';
import type { HarmonyCompanionLauncher } from './companion-launcher.js';
import { companionFeedbackTemplate, companionStyles, hasCompanionFeedback } from './companion-feedback.js';
import { buttons } from '../../styles/buttons.js';
import { addEnglish } from '../../i18n/english/loaded.js';
import { surfaceWords } from '../../i18n/english/surfaces.js';
import { panelTokens } from '../../styles/panel-tokens.js';
import { placedPopover } from '../../styles/popover.js';

/** The callout's styles, which its element adds to its shadow root when this part arrives. */
export const styles = [panelTokens, buttons, placedPopover, companionStyles];
// The tooltip comes with the view's code (the launcher starts it on the first pointer or focus).
export { TooltipController } from '../../controllers/tooltip.js';
export { tooltipStyles } from './companion-tooltip.styles.js';

/** What the element lends its view. */
export interface CompanionLauncherShell extends ViewShell<HarmonyCompanionLauncher> {
  button(): HTMLButtonElement;
  /** Why no thread can be made now; undefined when one can. */
  unavailableReason(): string | undefined;
  /** Opens a thread the element's way (`navigate`, which subclasses may override). */
  navigate(url: string): boolean;
}

/**
 * What happens once the Companion button is used: the thread request and the callout with its error,
 * the reason it is unavailable, or the link a blocked window needs. It loads on a user's intent
 * (pointer over or focus on the button), on idle, or at the first click.
 */
export class CompanionLauncherView {
  private readonly flow: CompanionFlowController;
  private readonly feedbackPlacement: PlacementController;
  private readonly countdown: RetryCountdownController;
  // The callout covers part of the page: a click elsewhere or Escape puts it away.
  private readonly dismissOutside: DismissController;
  /** The user activated the launcher while it is unavailable: the reason is shown beside it. */
  private explaining = false;

  constructor(private readonly shell: CompanionLauncherShell) {
    // The words of what opens arrive with it; the trigger's own words were there from the start.
    addEnglish(surfaceWords);
    const { host } = shell;
    this.flow = new CompanionFlowController(host, {
      adapter: () => shell.adapter(),
      conversationId: () => host.conversationId,
      suggestion: () => shell.strings().companionSuggestion,
      apiOrigin: () => host.apiOrigin ?? pageHttpOrigin(),
      navigate: (url) => shell.navigate(url),
    });
    this.feedbackPlacement = new PlacementController(host, { placement: 'bottom-end' });
    this.countdown = new RetryCountdownController(host);
    this.dismissOutside = new DismissController(host, () => this.dismiss(false));
  }

  get pending(): boolean {
    return this.flow.pending;
  }

  async activate(): Promise<void> {
    if (this.shell.unavailableReason()) {
      this.explaining = true;
      this.shell.host.requestUpdate();
      return;
    }
    await this.flow.start();
    // "Not ready" may mean the conversation failed since it loaded: look again, and say so if it did.
    if (this.flow.error?.code === 'not-ready') {
      this.shell.loader.load(this.shell.host.conversationId, true);
    }
  }

  dismiss(refocus = true): void {
    this.explaining = false;
    this.flow.dismiss();
    this.shell.host.requestUpdate();
    if (refocus) this.shell.button().focus();
  }

  willUpdate(changed: PropertyValues<HarmonyCompanionLauncher>): void {
    // A Companion request or its message belongs to the meeting it was made for.
    if (changed.has('conversationId') && changed.get('conversationId') !== undefined) this.dismiss(false);
    // The reason was shown; once the conversation completes there is nothing left to explain.
    if (this.explaining && !this.shell.unavailableReason()) this.explaining = false;
  }

  updated(): void {
    const feedback = this.shell.host.renderRoot.querySelector<HTMLElement>('[part="companion-feedback"]')!;
    const shown = (this.explaining && !!this.shell.unavailableReason()) || hasCompanionFeedback(this.flow);
    this.feedbackPlacement.toggle(this.shell.button(), feedback, shown);
    if (shown) this.dismissOutside.activate();
    else this.dismissOutside.deactivate();
    const states = this.shell.internals.states;
    const toggle = (name: string, on: boolean) => (on ? states.add(name) : states.delete(name));
    toggle('error', !!this.flow.error);
  }

  render() {
    const reason = this.shell.unavailableReason();
    return companionFeedbackTemplate({
      flow: this.flow,
      strings: this.shell.strings(),
      target: this.shell.host.target,
      secondsLeft: this.countdown.secondsLeft(this.flow.error),
      reason: this.explaining || this.flow.error?.code === 'not-ready' ? reason : undefined,
      onRetry: () => void this.flow.start(),
      onDismiss: () => this.dismiss(),
    });
  }
}
