// The package's main entry: classes, types, errors and adapters. Side-effect free:
// importing it registers no tag (import '@harmony/share-components/define' for that).
export * from './adapter/index.js';
export { HarmonyElement, LIBRARY_VERSION } from './base/harmony-element.js';
export { setAssetBase, setClientReport } from './base/report-assets.js';
export { HarmonyShareDialog } from './components/share-dialog/share-dialog.js';
export * from './events/events.js';
export { englishStrings, resolveStrings } from './i18n/strings.js';
export type { HarmonyStrings } from './i18n/strings.js';
export { HarmonyOverflowMenu } from './components/overflow-menu/overflow-menu.js';
export { HarmonyMenuItem } from './components/menu-item/menu-item.js';
export { HarmonyCompanionLauncher } from './components/companion-launcher/companion-launcher.js';
