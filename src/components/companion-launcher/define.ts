import { HarmonyCompanionLauncher } from './companion-launcher.js';

HarmonyCompanionLauncher.define();

declare global {
  interface HTMLElementTagNameMap {
    'harmony-companion-launcher': HarmonyCompanionLauncher;
  }
}

export { HarmonyCompanionLauncher };
