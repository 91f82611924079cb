import { css } from 'lit';
import { tokens } from '../../styles/tokens.js';
import { panelTokens } from '../../styles/panel-tokens.js';

export const styles = [
  tokens,
  panelTokens,
  css`
    :host {
      box-sizing: border-box;
      display: flex;
      align-items: center;
      gap: 0.625rem;
      min-block-size: 2.5rem;
      padding-block: 0.375rem;
      padding-inline: 0.75rem;
      border-radius: calc(var(--_radius) * 0.75);
      cursor: pointer;
      line-height: 1.35;
      outline: none;
      user-select: none;
    }
    :host(:hover),
    :host(:focus) {
      background: var(--_surface-raised);
    }
    :host(:focus-visible) {
      outline: var(--_focus);
      outline-offset: -2px;
    }
    :host([disabled]) {
      cursor: not-allowed;
      color: var(--_muted);
    }
    [part='icon'] {
      display: inline-grid;
      place-items: center;
      flex: none;
      /* Kept when empty, so every label in a menu starts at the same line. */
      inline-size: 1.25rem;
    }
    ::slotted([slot='icon']) {
      /* A flex box takes the icon out of the line box: no descender gap under an inline SVG. */
      display: flex;
    }
    .text {
      display: grid;
      min-inline-size: 0;
    }
    [part='label'] {
      overflow-wrap: anywhere;
    }
    [part='description'] {
      color: var(--_muted);
      font-size: 0.8125rem;
    }
    @media (forced-colors: active) {
      :host(:focus) {
        outline: 2px solid Highlight;
      }
      :host([disabled]) {
        color: GrayText;
      }
    }
  `,
];
