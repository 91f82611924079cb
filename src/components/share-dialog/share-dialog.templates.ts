import { html, nothing, type TemplateResult } from 'lit';
import { spinner } from '../../styles/icons.js';
import type { Conversation, ShareLink } from '../../adapter/types.js';
import type { CopyOutcome } from '../../controllers/clipboard.js';
import type { HarmonyStrings } from '../../i18n/strings.js';

/** Why the actions are unavailable, in words; `undefined` when they are available. */
export function gateReason(
  conversation: Conversation | undefined,
  strings: HarmonyStrings,
): string | undefined {
  if (conversation?.status === 'processing') return strings.stillProcessing;
  if (conversation?.status === 'failed') return strings.processingFailed;
  return undefined;
}

export interface ActionsProps {
  strings: HarmonyStrings;
  /** A reason the actions are unavailable is on screen (`#gate`). */
  gated: boolean;
  disabled: boolean;
  pdfPending: boolean;
  /** The id of the words saying why Share PDF alone is unavailable (no part of the report chosen). */
  pdfReason?: string;
  linkPending: boolean;
  revokePending: boolean;
  onSharePdf: () => void;
  onGenerateLink: () => void;
}

/** Ids for `aria-describedby`, or no attribute when there are none. */
function describedBy(...ids: (string | undefined)[]): string | typeof nothing {
  const present = ids.filter((id) => id !== undefined);
  return present.length ? present.join(' ') : nothing;
}

/** Share PDF and Generate Link for Sharing: focusable while unavailable, so the reason can be heard. */
export function actionsTemplate(p: ActionsProps): TemplateResult {
  const t = p.strings;
  return html`<div class="actions" part="actions">
    <button
      class="button primary"
      part="pdf-button"
      type="button"
      autofocus
      aria-disabled=${p.disabled || p.pdfPending || !!p.pdfReason ? 'true' : 'false'}
      aria-describedby=${describedBy(p.gated ? 'gate' : undefined, p.pdfReason)}
      @click=${p.onSharePdf}
    >
      ${p.pdfPending ? html`${spinner}${t.generatingPdf}` : t.sharePdf}
    </button>
    <button
      class="button"
      part="link-button"
      type="button"
      aria-disabled=${p.disabled || p.linkPending || p.revokePending ? 'true' : 'false'}
      aria-describedby=${p.gated ? 'gate' : nothing}
      @click=${p.onGenerateLink}
    >
      ${p.linkPending ? html`${spinner}${t.generatingLink}` : t.generateLink}
    </button>
  </div>`;
}

/**
 * Selects the whole link for Ctrl/⌘+C with the caret at its start, so a field narrower than the URL
 * shows where it begins (its origin) rather than the random end of its token.
 */
function selectFromStart(event: FocusEvent): void {
  const field = event.target as HTMLInputElement;
  field.setSelectionRange(0, field.value.length, 'backward');
  field.scrollLeft = 0;
}

export interface LinkFieldProps {
  link: ShareLink;
  /** When the link stops opening, formatted; undefined when it lasts until revoked. */
  expires: string | undefined;
  /** Who can open the link (`#link-audience` names them). */
  audience: TemplateResult;
  /** "Check who can open it", where the adapter can answer. */
  check: TemplateResult | typeof nothing;
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
        aria-describedby="${p.expires ? 'link-expires ' : ''}link-audience ${p.copy === 'failed' ? 'copy-hint' : ''}"
        @focus=${selectFromStart}
      />
      <button class="button primary copy" part="copy-button" type="button" @click=${p.onCopy}>
        ${copied ? p.strings.copied : p.strings.copy}
      </button>
    </div>
    ${
      p.copy === 'failed'
        ? html`<p id="copy-hint" class="hint warning" part="copy-hint">
            <strong>${p.strings.copyFailed}</strong> ${p.strings.pressToCopy(p.shortcut)}
          </p>`
        : nothing
    }
    ${
      p.expires
        ? html`<p id="link-expires" class="hint" part="link-expires">
            ${p.strings.linkExpiresOn(p.expires)}
          </p>`
        : nothing
    }
    ${p.audience} ${p.check} ${p.canRevoke ? revokeTemplate(p) : nothing}
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

export interface PdfResult {
  source: 'server' | 'client';
  saved: { url: string; downloaded: boolean };
  filename: string;
}

/**
 * After Share PDF, in words on screen (the status region announces it apart): where the report went,
 * that the browser made it (when it did), and a link to open it where downloads are blocked.
 */
export function pdfResultTemplate(result: PdfResult, strings: HarmonyStrings): TemplateResult {
  return html`<div class="result" part="pdf-result">
    ${result.saved.downloaded ? html`<p>${strings.pdfDownloaded(result.filename)}</p>` : nothing}
    ${result.source === 'client' ? html`<p class="hint">${strings.pdfMadeInBrowser}</p>` : nothing}
    ${
      result.saved.downloaded
        ? nothing
        : html`<p>
            ${strings.openPdfHint}
            <a href=${result.saved.url} target="_blank" rel="noopener">${strings.openPdf}</a>
          </p>`
    }
  </div>`;
}

/** After a revoke: that the link is dead, and the way to a new one. */
export function revokedTemplate(strings: HarmonyStrings, onNewLink: () => void): TemplateResult {
  return html`<div class="result" part="link-result">
    <p>${strings.linkRevokedNote}</p>
    <button class="button" part="new-link-button" type="button" @click=${onNewLink}>
      ${strings.generateNewLink}
    </button>
  </div>`;
}
