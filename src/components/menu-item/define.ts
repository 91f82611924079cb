import { HarmonyMenuItem } from './menu-item.js';

HarmonyMenuItem.define();

declare global {
  interface HTMLElementTagNameMap {
    'harmony-menu-item': HarmonyMenuItem;
  }
}

export { HarmonyMenuItem };
