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
 * error's code (with the wait for \`rate-limited\`), and a Try again button when the action can be retried.
 */
export function errorTemplate(
  error: HarmonyError | undefined,
  strings: HarmonyStrings,
  onRetry: (() => void) | undefined,
): TemplateResult | typeof nothing {
  if (!error) return nothing;
  const retryAfter =
    error.code === 'rate-limited' && error.retryAfterMs
      ? strings.retryIn(Math.ceil(error.retryAfterMs / 1000))
      : '';
  return html`<div class="error-box">
    <p class="error-message">
      <strong>${strings.errorMessages[error.code]}</strong> ${strings.errorNextSteps[error.code]}
      ${retryAfter}
    </p>
    ${
      onRetry && retryHelps(error)
        ? html`<button class="button" part="retry-button" type="button" @click=${onRetry}>
            ${strings.retry}
          </button>`
        : nothing
    }
  </div>`;
}
