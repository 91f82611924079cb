import { css } from 'lit';

/** The text buttons, fields and links of what opens (the dialog, the Companion callout); they arrive with it. */
export const buttons = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-block-size: 2.5rem;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    text-align: center;
  }
  .button:not(.primary, .danger):hover:not([aria-disabled='true']) {
    background: var(--_surface-raised);
  }
  .button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .button:is(.primary, .danger):hover:not([aria-disabled='true']) {
    filter: brightness(1.1);
  }
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .button:focus-visible,
  input:focus-visible,
  a:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .button {
      border: 1px solid ButtonText;
    }
    .button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
