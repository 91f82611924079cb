import { svg } from 'lit';
import { icon } from './icons.js';

// The icons only the panels show (the menu, the dialog, the Companion callout): they load with them.

/** ›: a disclosure's state (turned by its `aria-expanded`, see the dialog's `.chevron`). */
export const chevronIcon = icon(svg`<path d="M9 5l7 7-7 7" stroke-width="2" />`, 16);

/** ✕: close. */
export const closeIcon = icon(svg`<path d="M6 6l12 12M18 6L6 18" stroke-width="2" />`);

/** An arrow out of a tray: share. */
export const shareIcon = icon(svg`<path d="M12 15V3.5M7.5 8L12 3.5 16.5 8" />
  <path d="M5 12.5V19a1.5 1.5 0 0 0 1.5 1.5h11A1.5 1.5 0 0 0 19 19v-6.5" />`);
