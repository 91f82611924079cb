import { html, svg, type SVGTemplateResult } from 'lit';

/**
 * The icons and the busy indicator every element shares. All are decorative: the control around them
 * carries the accessible name, so each is hidden from assistive technology.
 */
function icon(shapes: SVGTemplateResult, size = 20) {
  return html`<svg
    viewBox="0 0 24 24"
    width=${size}
    height=${size}
    aria-hidden="true"
    focusable="false"
    fill="none"
    stroke="currentColor"
    stroke-width="1.8"
    stroke-linecap="round"
    stroke-linejoin="round"
  >
    ${shapes}
  </svg>`;
}

/** ›: a disclosure's state (turned by its `aria-expanded`, see the dialog's `.chevron`). */
export const chevronIcon = icon(svg`<path d="M9 5l7 7-7 7" stroke-width="2" />`, 16);

/** ✕: close. */
export const closeIcon = icon(svg`<path d="M6 6l12 12M18 6L6 18" stroke-width="2" />`);

/** ⋯: more actions. */
export const moreIcon = icon(svg`<g fill="currentColor" stroke="none">
  <circle cx="5" cy="12" r="2" />
  <circle cx="12" cy="12" r="2" />
  <circle cx="19" cy="12" r="2" />
</g>`);

/** An arrow out of a tray: share. */
export const shareIcon = icon(svg`<path d="M12 15V3.5M7.5 8L12 3.5 16.5 8" />
  <path d="M5 12.5V19a1.5 1.5 0 0 0 1.5 1.5h11A1.5 1.5 0 0 0 19 19v-6.5" />`);

/** A chat bubble with a spark: Companion, wherever it is offered. */
export const companionIcon =
  icon(svg`<path d="M12 3.5a8.5 8.5 0 1 1-4.1 16l-4.4 1 1.1-4.2A8.5 8.5 0 0 1 12 3.5z" />
  <path
    d="M12 7.8l1.1 2.9 2.9 1.1-2.9 1.1-1.1 2.9-1.1-2.9-2.9-1.1 2.9-1.1z"
    fill="currentColor"
    stroke="none"
  />`);

export const spinner = html`<span class="spinner" part="spinner" aria-hidden="true"></span>`;
