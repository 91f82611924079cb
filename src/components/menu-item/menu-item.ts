import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { HarmonyElement } from '../../base/harmony-element.js';
import { styles } from './menu-item.styles.js';

/**
 * An item of `<harmony-overflow-menu>`. Put one inside the menu for each
 * action the host adds; selecting it fires `harmony-select` on the menu with
 * the item's `value`.
 *
 * @summary An item of the ⋯ menu.
 * @tag harmony-menu-item
 *
 * @slot - The item's label.
 * @slot icon - An icon before the label (decorative: give it `aria-hidden="true"`).
 * @slot description - A line under the label, e.g. why the item is disabled. Kept out of the item's name: give it an id and point the item's `aria-describedby` at it.
 *
 * @csspart icon - The icon's box.
 * @csspart label - The label's box.
 * @csspart description - The description's box.
 *
 * @cssproperty [--harmony-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font of all text.
 * @cssproperty [--harmony-color-text=light-dark(#1d2330, #eef0f4)] - Text and icon colour.
 * @cssproperty [--harmony-color-text-muted=light-dark(#555d6e, #b4bac6)] - Secondary text.
 * @cssproperty [--harmony-color-surface-raised=light-dark(#f4f5f8, #2a2f39)] - Hovered or focused buttons and items.
 * @cssproperty [--harmony-color-accent=light-dark(#3a3fd1, #a9adff)] - The focus ring's colour.
 * @cssproperty [--harmony-radius=8px] - Corner radius.
 * @cssproperty [--harmony-focus-ring=2px solid var(--harmony-color-accent)] - The outline of a focused control.
 */
export class HarmonyMenuItem extends HarmonyElement {
  static override tagName = 'harmony-menu-item';
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    value: { reflect: true },
    disabled: { type: Boolean, reflect: true },
  };

  /** What `harmony-select` reports as `detail.value` when this item is selected. */
  value = '';

  /** A disabled item stays focusable, so keyboard and screen reader users still find it and its reason. */
  disabled = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('role', 'menuitem');
    // Menus move focus between items themselves; items never join the Tab sequence.
    if (!this.hasAttribute('tabindex')) this.setAttribute('tabindex', '-1');
  }

  /** The label's text, which typeahead matches. */
  get label(): string {
    return Array.from(this.childNodes)
      .filter((node) => node instanceof Text || (node instanceof Element && !node.hasAttribute('slot')))
      .map((node) => node.textContent ?? '')
      .join('')
      .trim();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('disabled')) this.setAttribute('aria-disabled', String(this.disabled));
  }

  override render() {
    // The description is hidden from the name computed from content: it is read as the description instead.
    return html`<span part="icon"><slot name="icon"></slot></span>
      <span class="text">
        <span part="label"><slot></slot></span>
        <span part="description" aria-hidden="true"><slot name="description"></slot></span>
      </span>`;
  }
}
