// The menu opens a <harmony-share-dialog> for Share: it is registered with the menu. Its
// <harmony-menu-item>s are registered when the menu's own code arrives (on intent, at idle or on open).
import '../share-dialog/define.js';
import { HarmonyOverflowMenu } from './overflow-menu.js';

HarmonyOverflowMenu.define();

declare global {
  interface HTMLElementTagNameMap {
    'harmony-overflow-menu': HarmonyOverflowMenu;
  }
}

export { HarmonyOverflowMenu };
