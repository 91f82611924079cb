import { css } from 'lit';

/**
 * The design tokens only the panels read (the menu, the share dialog, the Companion callout, the menu
 * items), read the same way as those in tokens.ts: they come with the panels.
 */
export const panelTokens = css`
  :host {
    --_muted: var(--harmony-color-text-muted, light-dark(#555d6e, #b4bac6));
    --_border: var(--harmony-color-border, light-dark(#c9ced8, #495061));
    --_on-accent: var(--harmony-color-on-accent, light-dark(#ffffff, #111433));
    --_danger: var(--harmony-color-danger, light-dark(#b3261e, #ffb4ab));
    --_shadow: var(--harmony-shadow, 0 12px 40px rgb(0 0 0 / 0.24));
  }
`;
