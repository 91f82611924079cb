/**
 * Whether a `pointerover` is a hovering pointer on `anchor` (touch has no hover: a tap would show the
 * tooltip and leave it stuck). Only while the event is dispatched: its path is empty afterwards.
 */
export function isPointerOn(anchor: HTMLElement | null | undefined, event: Event): boolean {
  return !!anchor && (event as PointerEvent).pointerType !== 'touch' && event.composedPath().includes(anchor);
}
