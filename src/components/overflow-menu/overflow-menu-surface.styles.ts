import { css } from 'lit';

/** The menu surface's styles: they arrive with the menu itself (overflow-menu-view.ts). */
export const surfaceStyles = css`
  .menu {
    min-inline-size: min(12rem, calc(100vw - 16px));
    max-inline-size: min(var(--harmony-menu-max-width, 20rem), calc(100vw - 16px));
    padding: 0.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: var(--_shadow);
    font-size: 0.9375rem;
    overflow: auto;
    outline: none;
  }
  .menu:popover-open {
    display: grid;
    gap: 2px;
  }
  [part='separator'] {
    block-size: 1px;
    margin-block: 0.25rem;
    background: var(--_border);
  }
  [part='separator'][hidden] {
    display: none;
  }
  @media (forced-colors: active) {
    .menu {
      border: 2px solid CanvasText;
    }
    [part='separator'] {
      background: CanvasText;
    }
  }
`;
