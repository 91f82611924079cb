import { css } from 'lit';
import { placedPopover } from '../../styles/popover.js';

/**
 * The Companion button's tooltip, loaded with the launcher's view (on the first pointer over or focus on
 * the button, or at idle) and added when the tooltip starts. Until then it is a closed popover, which
 * shows nothing.
 */
export const tooltipStyles = [
  placedPopover,
  css`
    .tooltip {
      max-inline-size: min(16rem, calc(100vw - 16px));
      padding-block: 0.3rem;
      padding-inline: 0.6rem;
      border: none;
      border-radius: calc(var(--_radius) * 0.75);
      background: var(--_text);
      color: var(--_surface);
      font-size: 0.8125rem;
      line-height: 1.3;
      overflow: visible;
    }
    @media (forced-colors: active) {
      .tooltip {
        border: 1px solid CanvasText;
      }
    }
    .tooltip-reason {
      display: block;
      opacity: 0.85;
    }
  `,
];
