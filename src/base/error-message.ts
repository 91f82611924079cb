import { html, nothing, type TemplateResult } from 'lit';
import type { HarmonyError } from '../adapter/errors.js';
import type { HarmonyStrings } from '../i18n/strings.js';

/**
 * Whether asking again can succeed: not when the answer is about who the user is allowed to be
 * (forbidden), what no longer exists (not-found) or what this backend cannot do (unsupported).
 */
export function retryHelps(error: HarmonyError): boolean {
  return error.code !== 'forbidden' && error.code !== 'not-found' && error.code !== 'unsupported';
}

/**
 * What went wrong and what to do next, for any failed action: the message and next step chosen by the
 * error's code, and a Try again button when the action can be retried. A `rate-limited` answer shows its
 * wait counting down (`secondsLeft`), with Try again unavailable until it ends.
 */
export function errorTemplate(
  error: HarmonyError | undefined,
  strings: HarmonyStrings,
  onRetry: (() => void) | undefined,
  secondsLeft = 0,
): TemplateResult | typeof nothing {
  if (!error) return nothing;
  const waits = error.code === 'rate-limited' && !!error.retryAfterMs;
  const waiting = secondsLeft > 0;
  return html`<div class="error-box">
    <p class="error-message">
      <strong>${strings.errorMessages[error.code]}</strong> ${strings.errorNextSteps[error.code]}
      ${
        // The alert is read once, with the whole wait; the ticking number is for the eyes only.
        waits
          ? html`<span class="visually-hidden">${strings.retryIn(Math.ceil(error.retryAfterMs! / 1000))}</span
              ><span class="countdown" aria-hidden="true"
                >${waiting ? strings.retryIn(secondsLeft) : strings.retryNow}</span
              >`
          : nothing
      }
    </p>
    ${
      onRetry && retryHelps(error)
        ? html`<button
            class="button"
            part="retry-button"
            type="button"
            aria-disabled=${waiting ? 'true' : 'false'}
            @click=${() => waiting || onRetry()}
          >
            ${strings.retry}
          </button>`
        : nothing
    }
  </div>`;
}
