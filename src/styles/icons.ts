import { html, svg, type SVGTemplateResult } from 'lit';

/**
 * The triggers' icons and the busy indicator every element shares (the panels' own icons are in
 * panel-icons.ts, which load with them). All are decorative: the control around them carries the
 * accessible name, so each is hidden from assistive technology.
 */
export function icon(shapes: SVGTemplateResult, size = 20) {
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

/** ⋯: more actions. */
export const moreIcon = icon(svg`<g fill="currentColor" stroke="none">
  <circle cx="5" cy="12" r="2" />
  <circle cx="12" cy="12" r="2" />
  <circle cx="19" cy="12" r="2" />
</g>`);

/** A chat bubble with a spark: Companion, wherever it is offered. */
export const companionIcon =
  icon(svg`<path d="M12 3.5a8.5 8.5 0 1 1-4.1 16l-4.4 1 1.1-4.2A8.5 8.5 0 0 1 12 3.5z" />
  <path
    d="M12 7.8l1.1 2.9 2.9 1.1-2.9 1.1-1.1 2.9-1.1-2.9-2.9-1.1 2.9-1.1z"
    fill="currentColor"
    stroke="none"
  />`);

export const spinner = html`<span class="spinner" part="spinner" aria-hidden="true"></span>`;
