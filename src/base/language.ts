/**
 * The language that applies to an element, as the `lang` attribute cascades: the nearest ancestor's,
 * looking past shadow roots to their hosts (`closest()` stops at a shadow root), then the document's.
 */
export function languageOf(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return found.getAttribute('lang') || undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}
