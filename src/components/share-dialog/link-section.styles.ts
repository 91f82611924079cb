import { css } from 'lit';

/** The Shareable Link section's extra pieces: expiry, who can open the link, the teammate check. */
export const linkSectionStyles = css`
  .expiry {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  select,
  .check input {
    min-block-size: 2.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  select {
    padding-inline: 0.5rem;
  }
  select:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .button.quiet {
    justify-self: start;
    min-block-size: 2rem;
    padding-block: 0.25rem;
    padding-inline: 0.5rem;
    border-color: transparent;
    background: transparent;
    color: var(--_accent);
    /* Its words line up with the text above; the hover and focus box reaches past them. */
    margin-inline-start: -0.5rem;
  }
  .audience {
    display: grid;
    gap: 0.25rem;
  }
  /* A long audience scrolls inside the panel, never the page: the list is the scroll container. */
  .audience-list {
    margin: 0;
    padding: 0.25rem 0.75rem;
    list-style: none;
    max-block-size: 12rem;
    overflow-y: auto;
    overscroll-behavior: contain;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .audience-list[hidden] {
    display: none;
  }
  .audience-list:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .audience-list li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0 0.75rem;
    padding-block: 0.4rem;
    line-height: 1.4;
    overflow-wrap: anywhere;
  }
  .audience-list li + li {
    border-block-start: 1px solid var(--_border);
  }
  .person-reason {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .audience-failed {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.5rem;
  }
  .audience-failed .button.quiet {
    margin-inline-start: 0;
  }
  .check {
    display: grid;
    gap: 0.375rem;
    padding-block-start: 0.25rem;
  }
  .check input {
    padding-inline: 0.75rem;
    font-family: inherit;
  }
  .check-result {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    line-height: 1.45;
    overflow-wrap: anywhere;
  }
  .check-result:empty {
    display: none;
  }
  .check-result .muted {
    color: var(--_muted);
  }
  .check-result.failed {
    padding-inline-start: 0.5rem;
    border-inline-start: 3px solid var(--_danger);
  }
  .mark {
    flex: none;
    font-weight: 700;
  }
  .mark.yes {
    color: light-dark(#1b7a3d, #7fd99a);
  }
  .mark.no {
    color: var(--_danger);
  }
  @media (forced-colors: active) {
    .audience-list {
      border: 1px solid CanvasText;
    }
  }
`;
