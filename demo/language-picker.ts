import '../src/locales/ar.js';
import '../src/locales/de.js';
import '../src/locales/ja.js';

const STORAGE_KEY = 'harmony-demo:element-language';

/**
 * The Developer panel's language switch: sets `lang` on the places that hold Harmony's elements (not on
 * the page, whose own words stay English), so they and the reports they make follow it. Remembered.
 */
export function setUpLanguagePicker(select: HTMLSelectElement, holders: HTMLElement[]): void {
  const apply = (lang: string) => holders.forEach((holder) => holder.setAttribute('lang', lang));
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved && [...select.options].some((option) => option.value === saved)) select.value = saved;
  apply(select.value);
  select.addEventListener('change', () => {
    localStorage.setItem(STORAGE_KEY, select.value);
    apply(select.value);
  });
}
