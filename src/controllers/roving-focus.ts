import { deepActiveElement } from '../base/focus-origin.js';

/** How long typed letters add up to one search ("di" finds "Discuss"), as in native listboxes. */
const TYPEAHEAD_RESET_MS = 500;

export interface RovingFocusOptions {
  /** The items in order; disabled ones included, as the APG keeps them focusable. */
  items: () => HTMLElement[];
  /** The text typeahead matches against. */
  label: (item: HTMLElement) => string;
}

/**
 * Keyboard movement within a menu: arrows wrap, Home/End jump, and printable
 * keys jump to the next item whose label starts with what was typed. Holds no
 * timers, so there is nothing to clean up.
 */
export class RovingFocus {
  private typed = '';
  private lastKeyAt = 0;

  constructor(private readonly options: RovingFocusOptions) {}

  focusFirst(): void {
    this.focusAt(0);
  }

  focusLast(): void {
    this.focusAt(this.options.items().length - 1);
  }

  /** The focused item (items may live in light DOM or in a shadow root), if any. */
  current(): HTMLElement | undefined {
    // activeElement, not :focus, which does not match while the browser window itself lacks focus.
    const active = deepActiveElement();
    return this.options.items().find((item) => item === active || item.contains(active));
  }

  /** Moves focus for navigation keys; returns whether the key was one of them. */
  handleKey(event: KeyboardEvent): boolean {
    const items = this.options.items();
    const current = this.current();
    const index = current ? items.indexOf(current) : -1;
    switch (event.key) {
      case 'ArrowDown':
        this.focusAt((index + 1) % items.length);
        return true;
      case 'ArrowUp':
        this.focusAt((index - 1 + items.length) % items.length);
        return true;
      case 'Home':
      case 'PageUp':
        this.focusAt(0);
        return true;
      case 'End':
      case 'PageDown':
        this.focusAt(items.length - 1);
        return true;
    }
    if (event.key.length !== 1 || event.key === ' ' || event.ctrlKey || event.metaKey || event.altKey)
      return false;
    this.typeahead(event.key, items, index, event.timeStamp);
    return true;
  }

  private typeahead(key: string, items: HTMLElement[], index: number, now: number): void {
    this.typed = now - this.lastKeyAt > TYPEAHEAD_RESET_MS ? key : this.typed + key;
    this.lastKeyAt = now;
    const search = this.typed.toLocaleLowerCase();
    // A new search starts after the current item, so pressing "d" twice cycles through the d-items.
    const start = this.typed.length === 1 ? index + 1 : Math.max(index, 0);
    for (let step = 0; step < items.length; step++) {
      const item = items[(start + step) % items.length]!;
      if (this.options.label(item).trim().toLocaleLowerCase().startsWith(search)) {
        item.focus();
        return;
      }
    }
  }

  private focusAt(index: number): void {
    // Any other move ends a typeahead search: the next letter starts a new one.
    this.typed = '';
    this.options.items()[index]?.focus();
  }
}
