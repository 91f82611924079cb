// Compiled by `npm run typecheck`, never run: each line marked @ts-expect-error must fail to compile
// (tsc reports an unused @ts-expect-error), and every other line must compile.
import type { HarmonyCompanionLauncher } from '../../src/components/companion-launcher/companion-launcher.js';
import type { HarmonyOverflowMenu } from '../../src/components/overflow-menu/overflow-menu.js';
import type { HarmonyShareDialog } from '../../src/components/share-dialog/share-dialog.js';
import type { HarmonyStrings } from '../../src/i18n/strings.js';
import { registerLocale, type HarmonyLocale } from '../../src/i18n/locales.js';
import { germanStrings } from '../../src/locales/de.js';
import { japaneseStrings } from '../../src/locales/ja.js';
import { arabicStrings } from '../../src/locales/ar.js';

// Each shipped locale has every word.
export const shipped: HarmonyStrings[] = [germanStrings, japaneseStrings, arabicStrings];

// A shipped locale is typed as HarmonyStrings: one that leaves out a word does not compile…
const { close: _close, ...withoutClose } = germanStrings;
// @ts-expect-error: `close` is missing.
export const missingWord: HarmonyStrings = withoutClose;

// …nor one that leaves out one error message of a record…
const { network: _network, ...someMessages } = germanStrings.errorMessages;
// @ts-expect-error: errorMessages.network is missing.
export const missingMessage: HarmonyStrings = { ...germanStrings, errorMessages: someMessages };

// …nor one whose function takes the wrong value.
// @ts-expect-error: retryIn takes the seconds as a number.
export const wrongFunction: HarmonyStrings = { ...germanStrings, retryIn: (seconds: string) => seconds };

// A host's own locale may be partial, records included: what it leaves out is said in English.
export const hostLocale: HarmonyLocale = {
  lang: 'fr',
  strings: { close: 'Fermer', errorMessages: { network: 'Impossible de joindre Harmony.' } },
};
export const register: (locale: HarmonyLocale) => void = registerLocale;

// @ts-expect-error: a locale names its language.
export const noLanguage: HarmonyLocale = { strings: { close: 'Fermer' } };

// @ts-expect-error: a word is text, not a number.
export const wrongType: HarmonyLocale = { lang: 'fr', strings: { close: 1 } };

// @ts-expect-error: the direction is ltr or rtl.
export const wrongDirection: HarmonyLocale = { lang: 'fr', dir: 'right', strings: {} };

// An element's own words are partial the same way, records included.
declare const dialog: HarmonyShareDialog;
declare const menu: HarmonyOverflowMenu;
declare const launcher: HarmonyCompanionLauncher;
dialog.strings = { done: 'Fertig', errorMessages: { network: 'Offline.' } };
menu.strings = { errorNextSteps: { timeout: 'Try once more.' } };
launcher.strings = { companionErrorMessages: { forbidden: 'Not for you.' } };
// @ts-expect-error: a message is text.
dialog.strings = { errorMessages: { network: 404 } };
