import { css } from 'lit';
import { buttons } from '../../styles/buttons.js';
import { pdfOptionsStyles } from './pdf-options.styles.js';
import { linkSectionStyles } from './link-section.styles.js';
import { panelTokens } from '../../styles/panel-tokens.js';
import { warmLayoutStyles } from '../../base/warm-layout.js';

/**
 * The panel's rules; the tokens, icon button, spinner and hidden text come with the element
 * (share-dialog.ts).
 */
export const styles = [
  panelTokens,
  buttons,
  pdfOptionsStyles,
  linkSectionStyles,
  css`
    :host {
      display: contents;
    }
    dialog {
      box-sizing: border-box;
      inline-size: min(var(--harmony-dialog-width, 34rem), calc(100vw - 1rem));
      padding: 0;
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 1.5);
      background: var(--_surface);
      color: var(--_text);
      box-shadow: var(--_shadow);
      font-family: var(--_font);
      overflow: auto;
      /* Anchored near the top rather than centred: the panel grows downwards as results appear,
         instead of its heading jumping up and down with every height change. */
      margin-block: min(12dvh, 6rem) auto;
      max-block-size: calc(100dvh - min(12dvh, 6rem) - 0.5rem);
    }
    dialog::backdrop {
      background: rgb(10 12 20 / 0.5);
    }
    dialog[open] {
      animation: appear 140ms ease-out;
    }
    @keyframes appear {
      from {
        opacity: 0;
        transform: translateY(8px) scale(0.98);
      }
    }
    .panel {
      display: grid;
      /* minmax(0, …): the link field's intrinsic width must not widen the panel past a narrow screen. */
      grid-template-columns: minmax(0, 1fr);
      gap: 1rem;
      padding: 1.25rem;
    }
    /* Room for a two-line title from the start, a shorter one centred in it: "Loading conversation…"
       and the title it becomes take the same height, so nothing below jumps when it arrives. */
    .header {
      min-block-size: calc(1.25rem * 1.35 * 2);
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 0.75rem;
    }
    h2 {
      margin: 0;
      font-size: 1.25rem;
      line-height: 1.35;
      overflow-wrap: anywhere;
      /* A long title takes two lines at most; the whole of it is the dialog's name and the tooltip. */
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      line-clamp: 2;
      overflow: hidden;
    }

    /* Nothing to act on yet: focus waits on the first action without a ring that invites a press. */
    .panel[aria-busy='true'] .button[aria-disabled='true']:focus-visible {
      outline: none;
    }
    .header .icon-button {
      align-self: start;
      margin-block-start: -0.4rem;
      margin-inline-end: -0.5rem;
      flex: none;
    }
    #description,
    p {
      margin: 0;
    }
    #description,
    .hint {
      color: var(--_muted);
      line-height: 1.45;
    }
    .hint {
      font-size: 0.875rem;
    }
    .notice {
      padding: 0.75rem;
      border-radius: var(--_radius);
      background: var(--_surface-raised);
      border-inline-start: 4px solid var(--_accent);
      line-height: 1.45;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }
    .actions .button {
      flex: 1 1 12rem;
    }
    .link {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.5rem;
      padding-block-start: 1rem;
      border-block-start: 1px solid var(--_border);
    }
    label {
      font-weight: 600;
    }
    .link-row {
      display: flex;
      gap: 0.5rem;
    }
    input {
      flex: 1;
      min-inline-size: 0;
      min-block-size: 2.5rem;
      padding-inline: 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface-raised);
      color: var(--_text);
      font: inherit;
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      font-size: 0.875rem;
      /* A URL reads left to right in every language: in a right-to-left dialog it would show its end. */
      direction: ltr;
    }
    .copy {
      min-inline-size: 6rem;
    }
    .button.subtle {
      justify-self: start;
      border-color: transparent;
      color: var(--_danger);
      padding-inline: 0.5rem;
      /* Its words line up with the field's edge above; the hover and focus box reaches past them. */
      margin-inline-start: -0.5rem;
    }
    .warning {
      padding-inline-start: 0.5rem;
      border-inline-start: 3px solid var(--_danger);
      color: var(--_text);
    }
    .warning strong {
      color: var(--_danger);
    }
    .button.danger {
      background: var(--_danger);
      border-color: var(--_danger);
      color: var(--_surface);
    }
    .confirm {
      display: grid;
      gap: 0.5rem;
      padding: 0.75rem;
      border: 1px solid var(--_danger);
      border-radius: var(--_radius);
    }
    .confirm-buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    /* The alert region itself takes no space, so an empty one adds no gap to the panel. */
    .error {
      display: contents;
    }
    .error-box {
      display: grid;
      gap: 0.5rem;
      justify-items: start;
      padding: 0.75rem;
      border-radius: var(--_radius);
      border: 1px solid var(--_danger);
      color: var(--_text);
      line-height: 1.45;
    }
    .error-box strong {
      color: var(--_danger);
    }
    .result {
      display: grid;
      gap: 0.5rem;
      justify-items: start;
      line-height: 1.45;
    }
    .result p {
      margin: 0;
    }
    .pdf-result a {
      color: var(--_accent);
      font-weight: 600;
    }
    .footer {
      display: flex;
      justify-content: flex-end;
    }
    /* The › of every disclosure in the panel (Customize PDF, Who and why): down while open, mirrored in RTL. */
    .chevron {
      display: inline-flex;
      flex: none;
      transition: transform 120ms ease-out;
    }
    [aria-expanded='true'] > .chevron {
      transform: rotate(90deg);
    }
    :host(:dir(rtl)) [aria-expanded='false'] > .chevron {
      transform: scaleX(-1);
    }
    @media (prefers-reduced-motion: reduce) {
      .chevron {
        transition: none;
      }
      dialog[open] {
        animation: none;
      }
    }
    @media (forced-colors: active) {
      dialog {
        border: 2px solid CanvasText;
      }
      .notice,
      .error-box,
      .confirm {
        border: 1px solid CanvasText;
      }
    }
  `,
  // Last, so that the warm-up's rule wins over the dialog's own.
  warmLayoutStyles,
];
