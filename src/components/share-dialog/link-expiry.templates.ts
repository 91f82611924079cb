import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ShareLinkExpiryDays } from '../../adapter/types.js';
import type { HarmonyStrings } from '../../i18n/strings.js';

/** The lifetimes a link can be made with; none (until revoked) is the default. */
export const EXPIRY_CHOICES: readonly ShareLinkExpiryDays[] = [1, 7, 30];

export interface ExpiryPickerProps {
  strings: HarmonyStrings;
  days: ShareLinkExpiryDays | undefined;
  onChange: (days: ShareLinkExpiryDays | undefined) => void;
}

/**
 * "Link expires": chosen before the link is made, since a link's lifetime is fixed when it is.
 * `selected` sets the first render (the select's value is bound before its options exist), `.value`
 * every later one (a user's choice makes `selected` attributes no longer count).
 */
export function expiryPickerTemplate(p: ExpiryPickerProps): TemplateResult {
  const t = p.strings;
  const onChange = (event: Event) => {
    const days = Number((event.target as HTMLSelectElement).value);
    p.onChange(EXPIRY_CHOICES.find((choice) => choice === days));
  };
  return html`<div class="expiry" part="link-expiry">
    <label for="link-expiry-select" part="link-expiry-label">${t.linkExpiryLabel}</label>
    <select
      id="link-expiry-select"
      part="link-expiry-select"
      .value=${live(p.days === undefined ? '' : String(p.days))}
      @change=${onChange}
    >
      <option value="" ?selected=${p.days === undefined}>${t.linkExpiryNever}</option>
      ${EXPIRY_CHOICES.map(
        (days) => html`<option value=${days} ?selected=${p.days === days}>${t.linkExpiryDays(days)}</option>`,
      )}
    </select>
  </div>`;
}

/** When a link stops opening, as a reader of `locale` writes a date and time; undefined if it never does. */
export function expiryDate(expiresAt: string | undefined, locale: string | undefined): string | undefined {
  if (expiresAt === undefined) return undefined;
  const when = new Date(expiresAt);
  if (Number.isNaN(when.getTime())) return undefined;
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short' };
  try {
    return new Intl.DateTimeFormat(locale, options).format(when);
  } catch {
    // A `lang` that is no valid language tag must not break the panel: the browser's own language then.
    return new Intl.DateTimeFormat(undefined, options).format(when);
  }
}
