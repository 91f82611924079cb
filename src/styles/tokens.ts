import { css } from 'lit';

/**
 * The short list of design tokens integrators restyle. Every rule reads them as
 * `var(--harmony-x, fallback)`, so an element looks right with none set.
 * Colours follow the host page's `color-scheme` through `light-dark()`: set
 * `color-scheme: dark` on the element or any ancestor for the dark theme.
 * These are the ones a trigger uses; the panels add theirs (panel-tokens.ts).
 */
export const tokens = css`
  :host {
    color-scheme: inherit;
    --_font: var(--harmony-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_text: var(--harmony-color-text, light-dark(#1d2330, #eef0f4));
    --_surface: var(--harmony-color-surface, light-dark(#ffffff, #1f232b));
    --_surface-raised: var(--harmony-color-surface-raised, light-dark(#f4f5f8, #2a2f39));
    --_accent: var(--harmony-color-accent, light-dark(#3a3fd1, #a9adff));
    --_radius: var(--harmony-radius, 8px);
    --_focus: var(--harmony-focus-ring, 2px solid var(--_accent));
    font-family: var(--_font);
    color: var(--_text);
  }
`;

/** Visually hidden but read by screen readers (live regions, icon labels). */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** The ⋯ and Companion buttons: what every trigger needs from its first paint. */
export const iconButton = css`
  .icon-button {
    display: inline-grid;
    place-items: center;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    border: none;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .icon-button:hover {
    background: var(--_surface-raised);
  }
  .icon-button:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .icon-button {
      border: 1px solid ButtonText;
    }
  }
`;

/** The busy indicator beside a pending action's label; slower, not gone, when motion is reduced. */
export const spinnerStyles = css`
  .spinner {
    display: inline-block;
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 2.4s;
    }
  }
`;

/**
 * What every element's shadow root starts with: the tokens, hidden text for screen readers, the icon
 * button and the busy spinner. An element's own rules follow; what only its lazy parts use comes with them.
 */
export const elementBase = [tokens, visuallyHidden, iconButton, spinnerStyles];
