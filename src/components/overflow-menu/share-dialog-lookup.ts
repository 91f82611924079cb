import type { HarmonyShareDialog } from '../share-dialog/share-dialog.js';

/**
 * The `<harmony-share-dialog>` with this id, looked up first where `from`
 * lives (a host's shadow root, say), then in the document.
 */
export function findShareDialog(from: Element, id: string): HarmonyShareDialog | undefined {
  const root = from.getRootNode() as Document | ShadowRoot;
  const found = root.getElementById(id) ?? document.getElementById(id);
  if (found?.localName === 'harmony-share-dialog') return found as HarmonyShareDialog;
  console.warn(
    `<${from.localName}>: no <harmony-share-dialog id="${id}"> found; Share uses the menu's own dialog.`,
  );
  return undefined;
}
