import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CompanionFlowController } from '../../controllers/companion-flow.js';
import type { HarmonyStrings } from '../../i18n/strings.js';
import { errorTemplate } from '../../base/error-message.js';
import { closeIcon } from '../../styles/panel-icons.js';

export interface CompanionFeedbackProps {
  flow: CompanionFlowController;
  strings: HarmonyStrings;
  /** Where the fallback link opens: the same target the blocked navigation asked for. */
  target: string | undefined;
  /** Why Companion is unavailable, shown instead of an error that only restates it. */
  reason?: string | undefined;
  /** Seconds left of a rate-limited wait (see RetryCountdownController). */
  secondsLeft: number;
  onRetry: () => void;
  onDismiss: () => void;
}

/** Whether there is something to tell the user after a Companion request: an error or a blocked window. */
export function hasCompanionFeedback(flow: CompanionFlowController): boolean {
  return !!flow.error || !!flow.blockedUrl;
}

/**
 * The callout under a Companion control: the error with its next step and
 * Try again, or the link to a thread the browser would not open itself. The
 * alert region is always rendered, so screen readers hear what appears in it.
 */
export function companionFeedbackTemplate(p: CompanionFeedbackProps): TemplateResult {
  const { flow, strings: t } = p;
  // Companion words its errors on its own terms where the shared message speaks of sharing.
  const strings = { ...t, errorMessages: { ...t.errorMessages, ...t.companionErrorMessages } };
  return html`<div
    id="companion-feedback"
    class="companion-feedback placed ${flow.error || p.reason ? 'failed' : ''}"
    part="companion-feedback"
    popover="manual"
    @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && p.onDismiss()}
  >
    <div class="companion-feedback-message" role="alert">
      ${
        p.reason
          ? html`<p>${p.reason}</p>`
          : flow.error
            ? errorTemplate(flow.error, strings, p.onRetry, p.secondsLeft)
            : flow.blockedUrl
              ? html`<p>
                  ${t.popupBlocked}
                  <a
                    part="companion-link"
                    href=${flow.blockedUrl}
                    target=${ifDefined(p.target)}
                    rel="noopener"
                    @click=${p.onDismiss}
                    >${t.openCompanionThread}</a
                  >
                </p>`
              : nothing
      }
    </div>
    <button
      class="icon-button"
      part="companion-feedback-close"
      type="button"
      aria-label=${t.close}
      @click=${p.onDismiss}
    >
      ${closeIcon}
    </button>
  </div>`;
}

/** The callout and the pending spinner, for every element that offers Companion. */
export const companionStyles = css`
  .companion-feedback {
    max-inline-size: min(22rem, calc(100vw - 16px));
    padding: 0.75rem;
    padding-inline-end: 0.25rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: var(--_shadow);
    font-size: 0.875rem;
    line-height: 1.45;
    overflow: auto;
  }
  .companion-feedback.failed {
    border-color: var(--_danger);
  }
  .companion-feedback:popover-open {
    display: flex;
    align-items: start;
    gap: 0.25rem;
  }
  .companion-feedback-message {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .companion-feedback p {
    margin: 0;
  }
  .companion-feedback strong {
    color: var(--_danger);
  }
  .companion-feedback a {
    color: var(--_accent);
    font-weight: 600;
  }
  .companion-feedback .icon-button {
    flex: none;
    inline-size: 2rem;
    block-size: 2rem;
  }
  @media (forced-colors: active) {
    .companion-feedback {
      border: 2px solid CanvasText;
    }
  }
`;
