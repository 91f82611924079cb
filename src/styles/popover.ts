import { css } from 'lit';

/**
 * A popover that floating-ui places beside its anchor (the menu, the Companion callout, the tooltip):
 * none of the browser's centring and margins, as wide as its content. It comes with the panels.
 */
export const placedPopover = css`
  .placed {
    box-sizing: border-box;
    inset: auto;
    margin: 0;
    inline-size: max-content;
    font-family: var(--_font);
  }
`;
