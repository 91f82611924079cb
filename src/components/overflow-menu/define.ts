// The menu opens a <harmony-share-dialog> for Share: it is registered with the menu. Its
// <harmony-menu-item>s are registered when the menu's own code arrives (on intent, at idle or on open).
import '../share-dialog/define.js';
import type { HarmonyMenuItem } from '../menu-item/menu-item.js';
import { HarmonyOverflowMenu } from './overflow-menu.js';

HarmonyOverflowMenu.define();

declare global {
  interface HTMLElementTagNameMap {
    'harmony-overflow-menu': HarmonyOverflowMenu;
    // Typed here too, so hosts that import this file (or ./define) can create items before they upgrade.
    'harmony-menu-item': HarmonyMenuItem;
  }
}

export { HarmonyOverflowMenu };
