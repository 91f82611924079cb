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
    [part='icon'] {
      display: contents;
    }
  `,
];
