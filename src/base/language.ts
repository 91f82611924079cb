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

const watchers = new Set<() => void>();
let observer: MutationObserver | undefined;

/**
 * Calls `onChange` whenever a `lang` or `dir` attribute changes in the element's document or in any
 * shadow root around it, until the returned function is called. One observer serves every element:
 * such changes are rare, and each element decides itself whether its own language changed.
 */
export function watchLanguage(element: Element, onChange: () => void): () => void {
  observer ??= new MutationObserver(() => {
    for (const watcher of [...watchers]) watcher();
  });
  let node: Node = element;
  for (;;) {
    const root = node.getRootNode();
    // Observing a root again only renews the same registration.
    if (root instanceof Document || root instanceof ShadowRoot) {
      observer.observe(root, { subtree: true, attributes: true, attributeFilter: ['lang', 'dir'] });
    }
    if (!(root instanceof ShadowRoot)) break;
    node = root.host;
  }
  watchers.add(onChange);
  return () => watchers.delete(onChange);
}
