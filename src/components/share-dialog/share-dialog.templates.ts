import { html, nothing, type TemplateResult } from 'lit';
import type { HarmonyError } from '../../adapter/errors.js';
import type { Conversation, ShareLink } from '../../adapter/types.js';
import type { CopyOutcome } from '../../controllers/clipboard.js';
import type { HarmonyStrings } from '../../i18n/strings.js';

export const closeIcon = html`<svg
  viewBox="0 0 24 24"
  width="20"
  height="20"
  aria-hidden="true"
  focusable="false"
>
  <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2" stroke-linecap="round" fill="none" />
</svg>`;

export const spinner = html`<span class="spinner" part="spinner" aria-hidden="true"></span>`;

/** Why the actions are unavailable, in words; `undefined` when they are available. */
export function gateReason(
  conversation: Conversation | undefined,
  strings: HarmonyStrings,
): string | undefined {
  if (conversation?.status === 'processing') return strings.stillProcessing;
  if (conversation?.status === 'failed') return strings.processingFailed;
  return undefined;
}

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
      onRetry
        ? html`<button class="button" part="retry-button" type="button" @click=${onRetry}>
            ${strings.retry}
          </button>`
        : nothing
    }
  </div>`;
}

export interface LinkFieldProps {
  link: ShareLink;
  copy: CopyOutcome | 'idle';
  strings: HarmonyStrings;
  shortcut: string;
  canRevoke: boolean;
  confirmingRevoke: boolean;
  revoking: boolean;
  onCopy: () => void;
  onRevoke: () => void;
  onConfirmRevoke: () => void;
  onCancelRevoke: () => void;
}

export function linkFieldTemplate(p: LinkFieldProps): TemplateResult {
  const copied = p.copy === 'clipboard' || p.copy === 'selection';
  return html`<div class="link" part="link">
    <label for="link-field" part="link-label">${p.strings.shareableLink}</label>
    <div class="link-row">
      <input
        id="link-field"
        part="link-field"
        type="text"
        readonly
        .value=${p.link.url}
        aria-describedby="link-audience ${p.copy === 'failed' ? 'copy-hint' : ''}"
        @focus=${(event: FocusEvent) => (event.target as HTMLInputElement).select()}
      />
      <button class="button primary copy" part="copy-button" type="button" @click=${p.onCopy}>
        ${copied ? p.strings.copied : p.strings.copy}
      </button>
    </div>
    ${
      p.copy === 'failed'
        ? html`<p id="copy-hint" class="hint" part="copy-hint">
            ${p.strings.copyFailed} ${p.strings.pressToCopy(p.shortcut)}
          </p>`
        : nothing
    }
    <p id="link-audience" class="hint" part="link-audience">${p.strings.linkAudience}</p>
    ${p.canRevoke ? revokeTemplate(p) : nothing}
  </div>`;
}

function revokeTemplate(p: LinkFieldProps): TemplateResult {
  if (!p.confirmingRevoke) {
    return html`<button class="button subtle" part="revoke-button" type="button" @click=${p.onRevoke}>
      ${p.strings.revokeLink}
    </button>`;
  }
  return html`<div class="confirm" part="revoke-confirm" role="group" aria-labelledby="revoke-question">
    <p id="revoke-question">${p.strings.revokeConfirm}</p>
    <div class="confirm-buttons">
      <button
        class="button danger"
        part="revoke-confirm-button"
        type="button"
        aria-disabled=${p.revoking ? 'true' : 'false'}
        @click=${p.onConfirmRevoke}
      >
        ${p.revoking ? spinner : nothing}${p.strings.revokeConfirmYes}
      </button>
      <button class="button" part="revoke-cancel-button" type="button" @click=${p.onCancelRevoke}>
        ${p.strings.revokeConfirmNo}
      </button>
    </div>
  </div>`;
}
