import { html } from 'lit';

/** The icons and the busy indicator every element shares: decorative, hidden from assistive technology. */
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
