import { css } from 'lit';
import { elementBase } from '../../styles/tokens.js';

export const styles = [
  ...elementBase,
  css`
    :host {
      display: inline-block;
      vertical-align: middle;
    }
    :host(:state(pending)) [part='button'] {
      cursor: progress;
    }
    :host(:state(unavailable)) [part='button'] {
      cursor: not-allowed;
      opacity: 0.55;
    }
    .tooltip-reason {
      display: block;
      opacity: 0.85;
    }
    [part='icon'] {
      display: contents;
    }
    .tooltip {
      box-sizing: border-box;
      inset: auto;
      margin: 0;
      inline-size: max-content;
      max-inline-size: min(16rem, calc(100vw - 16px));
      padding-block: 0.3rem;
      padding-inline: 0.6rem;
      border: none;
      border-radius: calc(var(--_radius) * 0.75);
      background: var(--_text);
      color: var(--_surface);
      font-family: var(--_font);
      font-size: 0.8125rem;
      line-height: 1.3;
      overflow: visible;
    }
    @media (forced-colors: active) {
      .tooltip {
        border: 1px solid CanvasText;
      }
    }
  `,
];
