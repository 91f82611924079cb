// Where focus is, and which control an event came from: what an opening remembers to return focus to.

/** The element that really has focus, looking through open shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  const active = root.activeElement;
  return active?.shadowRoot ? (deepActiveElement(active.shadowRoot) ?? active) : active;
}

/** The focusable element an event came from (the button that was clicked or keyed), if any. */
export function triggerOf(event: Event): HTMLElement | undefined {
  for (const target of event.composedPath()) {
    if (
      target instanceof HTMLElement &&
      target.matches('button, a[href], [tabindex], input, select, textarea')
    ) {
      return target;
    }
  }
  return undefined;
}
