import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { HarmonyError } from '../../adapter/errors.js';
import type { Conversation, HarmonyAdapter } from '../../adapter/types.js';
import type { HarmonyStrings, PartialHarmonyStrings } from '../../i18n/strings.js';
import { companionIcon } from '../../styles/icons.js';
import { shareIcon } from '../../styles/panel-icons.js';

/** Why Share is unavailable, in words; undefined when it is available. */
export function shareUnavailableReason(
  loaded: { conversation?: Conversation; error?: HarmonyError },
  strings: HarmonyStrings,
): string | undefined {
  const { conversation, error } = loaded;
  if (conversation?.status === 'completed') return undefined;
  if (conversation?.status === 'failed') return strings.processingFailed;
  if (conversation) return strings.shareUnavailable;
  return error ? strings.errorMessages[error.code] : strings.loading;
}

/** One built-in item; a disabled one keeps its reason on screen and as its description. */
function builtInItem(
  value: string,
  icon: TemplateResult,
  label: string,
  reason: string | undefined,
): TemplateResult {
  return html`<harmony-menu-item
    part="item ${value}-item"
    value=${value}
    ?disabled=${!!reason}
    aria-describedby=${ifDefined(reason ? `${value}-reason` : undefined)}
  >
    <span slot="icon">${icon}</span>
    ${label} ${reason ? html`<span slot="description" id="${value}-reason">${reason}</span>` : nothing}
  </harmony-menu-item>`;
}

export function builtInItemsTemplate(p: {
  strings: HarmonyStrings;
  shareReason: string | undefined;
  /** Why Discuss with Companion is unavailable (the conversation processes or failed), if it is. */
  companionReason: string | undefined;
  companionPending: boolean;
}): TemplateResult {
  const t = p.strings;
  return html`${builtInItem('share', shareIcon, t.share, p.shareReason)}
  ${builtInItem('companion', companionIcon, t.discussWithCompanion, p.companionPending ? t.openingCompanion : p.companionReason)}`;
}

export interface OwnDialogProps {
  conversationId: string | undefined;
  pollInterval: number;
  apiOrigin: string | undefined;
  adapter: HarmonyAdapter | undefined;
  strings: PartialHarmonyStrings | undefined;
}

/** The share dialog the menu provides when the page names none, so markup alone works. */
export function ownShareDialogTemplate(p: OwnDialogProps): TemplateResult {
  return html`<harmony-share-dialog
    conversation-id=${ifDefined(p.conversationId)}
    poll-interval=${p.pollInterval}
    api-origin=${ifDefined(p.apiOrigin)}
    .adapter=${p.adapter}
    .strings=${p.strings}
  ></harmony-share-dialog>`;
}
