import type { CSSResult, LitElement } from 'lit';

/**
 * Adds the styles of a part that arrived later (a lazily loaded panel) to the element's shadow root,
 * after what it already has (its own styles, its direction): none is adopted twice.
 */
export function addPartStyles(element: LitElement, styles: CSSResult[]): void {
  const root = element.renderRoot as ShadowRoot;
  const present = new Set(root.adoptedStyleSheets);
  const added = styles
    .map((style) => style.styleSheet)
    .filter((sheet): sheet is CSSStyleSheet => !!sheet && !present.has(sheet));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...added];
}
