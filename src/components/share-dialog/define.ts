import { HarmonyShareDialog } from './share-dialog.js';

HarmonyShareDialog.define();

declare global {
  interface HTMLElementTagNameMap {
    'harmony-share-dialog': HarmonyShareDialog;
  }
}

export { HarmonyShareDialog };
