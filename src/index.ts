// The package's main entry: classes, types, errors, adapters and registerLocale. Side-effect free:
// importing it registers no tag (import '@harmony/share-components/define' for that) and no language
// (import '@harmony/share-components/locales/de' for German).
export * from './adapter/index.js';
export { HarmonyElement, LIBRARY_VERSION } from './base/harmony-element.js';
export { setAssetBase, setClientReport } from './base/report-assets.js';
export { HarmonyShareDialog } from './components/share-dialog/share-dialog.js';
export * from './events/events.js';
export type { HarmonyStrings, PartialHarmonyStrings } from './i18n/strings.js';
export { registerLocale } from './i18n/locales.js';
export type { HarmonyLocale } from './i18n/locales.js';
export { HarmonyOverflowMenu } from './components/overflow-menu/overflow-menu.js';
export { HarmonyMenuItem } from './components/menu-item/menu-item.js';
export { HarmonyCompanionLauncher } from './components/companion-launcher/companion-launcher.js';
