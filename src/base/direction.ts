import { css, type CSSResult } from 'lit';
import { directionFor } from '../i18n/locales.js';
import { languageOf } from './language.js';

/**
 * The direction an element's language gives it, or undefined when the page decides: when the nearest
 * element (itself, or an ancestor across shadow roots) with either a `dir="ltr|rtl"` or a `lang` has a
 * `dir`, or when there is neither. So `<div lang="ar">` lays Arabic out right to left on any page,
 * while a host's own `dir` on or inside the element that sets the language always wins.
 */
export function languageDirection(element: Element): 'ltr' | 'rtl' | undefined {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[dir="ltr" i], [dir="rtl" i], [lang]');
    if (found) return found.hasAttribute('dir') ? undefined : directionFor(languageOf(found));
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

// `:host` rules lose to the page's own rules for the element, so a host's stylesheet still has the last word.
const sheets: Record<'ltr' | 'rtl', CSSResult> = {
  ltr: css`
    :host {
      direction: ltr;
      unicode-bidi: isolate;
    }
  `,
  rtl: css`
    :host {
      direction: rtl;
      unicode-bidi: isolate;
    }
  `,
};
const ours = new Set(Object.values(sheets).map((sheet) => sheet.styleSheet));

/**
 * Lays a shadow root out in `dir` (undefined: as the page around it), through a stylesheet of its own
 * added after the element's, so no template and no attribute of the host element changes. Everything in
 * the shadow root inherits it, the top-layer menu and dialog included, and floating-ui reads it to
 * mirror `-start`/`-end` placements.
 */
export function applyDirection(root: HTMLElement | DocumentFragment, dir: 'ltr' | 'rtl' | undefined): void {
  if (!(root instanceof ShadowRoot)) return;
  const wanted = dir ? sheets[dir].styleSheet : undefined;
  const current = root.adoptedStyleSheets;
  const kept = current.filter((sheet) => !ours.has(sheet));
  const next = wanted ? [...kept, wanted] : kept;
  // Assigning anew makes the browser restyle the whole shadow tree: only when something changed.
  if (next.length === current.length && next.every((sheet, index) => sheet === current[index])) return;
  root.adoptedStyleSheets = next;
}
