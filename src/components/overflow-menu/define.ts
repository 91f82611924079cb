// The menu renders <harmony-menu-item>s and, for Share, a <harmony-share-dialog>: both are registered with it.
import '../menu-item/define.js';
import '../share-dialog/define.js';
import { HarmonyOverflowMenu } from './overflow-menu.js';

HarmonyOverflowMenu.define();

declare global {
  interface HTMLElementTagNameMap {
    'harmony-overflow-menu': HarmonyOverflowMenu;
  }
}

export { HarmonyOverflowMenu };
