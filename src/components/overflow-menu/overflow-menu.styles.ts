import { css } from 'lit';
import { elementBase } from '../../styles/tokens.js';

export const styles = [
  ...elementBase,
  css`
    :host {
      display: inline-block;
      vertical-align: middle;
    }
    /* Pressed while its menu is open: tinted with the accent, which shows on any page background. */
    [part='trigger'][aria-expanded='true'] {
      background: color-mix(in srgb, var(--_accent) 16%, transparent);
      color: var(--_accent);
      box-shadow: inset 0 0 0 1px color-mix(in srgb, var(--_accent) 45%, transparent);
    }
  `,
];
