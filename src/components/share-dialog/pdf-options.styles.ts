import { css } from 'lit';

/** "Customize PDF" under the actions: a quiet disclosure, its checkboxes, and the reason none can be made. */
export const pdfOptionsStyles = css`
  .pdf-options {
    display: grid;
    gap: 0.5rem;
    /* Pulled up towards Share PDF, whose report it shapes. */
    margin-block-start: -0.5rem;
  }
  .pdf-options-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: 0.75rem;
    row-gap: 0.125rem;
  }
  .disclosure {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-block-size: 2.5rem;
    /* The chevron lines up with the buttons' edge above; the hover and focus box reaches past it. */
    margin-inline-start: -0.5rem;
    padding-inline: 0.5rem;
    border: none;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .disclosure:hover {
    background: var(--_surface-raised);
  }
  .disclosure:focus-visible,
  .pdf-section input:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  fieldset[hidden] {
    display: none;
  }
  fieldset {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  legend {
    padding-inline: 0.25rem;
    font-weight: 600;
  }
  .pdf-section-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr));
    gap: 0.25rem 1rem;
  }
  .pdf-section {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    /* A target at least 24px tall for the whole row (WCAG 2.5.8), the label included. */
    min-block-size: 2rem;
    font-weight: 400;
    cursor: pointer;
  }
  .pdf-section input {
    flex: none;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0;
    min-block-size: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  @media (forced-colors: active) {
    .disclosure {
      color: LinkText;
    }
  }
`;
