import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addEnglish } from '../../src/i18n/english/loaded.js';
import { surfaceWords } from '../../src/i18n/english/surfaces.js';
import { directionFor, findLocale, registerLocale, stringsFor } from '../../src/i18n/locales.js';
import { englishStrings, resolveStrings } from '../../src/locales/en.js';
import type { HarmonyStrings } from '../../src/i18n/strings.js';
import { arabicStrings } from '../../src/locales/ar.js';
import { germanStrings } from '../../src/locales/de.js';
import { japaneseStrings } from '../../src/locales/ja.js';

const shipped: [string, HarmonyStrings][] = [
  ['de', germanStrings],
  ['ja', japaneseStrings],
  ['ar', arabicStrings],
];

// Sample arguments for the words that interpolate; what each shows must appear in what the locale says.
const samples: Record<string, { args: unknown[]; shown: string[] }> = {
  shareTitle: { args: ['Weekly sync'], shown: ['Weekly sync'] },
  pdfReady: { args: ['Report.pdf'], shown: ['Report.pdf'] },
  pdfDownloaded: { args: ['Report.pdf'], shown: ['Report.pdf'] },
  pdfSectionsChosen: { args: ['Summary'], shown: ['Summary'] },
  pressToCopy: { args: ['Ctrl+C'], shown: ['Ctrl+C'] },
  retryIn: { args: [17], shown: ['17'] },
  moreActions: { args: ['Weekly sync'], shown: ['Weekly sync'] },
  linkAudienceNamed: { args: [['Ben Hartley', 'Cy Adams'], 3], shown: ['Ben Hartley', 'Cy Adams', '3'] },
  reasonTeam: { args: ['Sales'], shown: ['Sales'] },
  checkAccessTooLong: { args: [200], shown: ['200'] },
  checkingAccess: { args: ['dee'], shown: ['dee'] },
  accessCan: { args: ['Ben Hartley', 'team Sales'], shown: ['Ben Hartley', 'team Sales'] },
  accessCannot: { args: ['Dee Ramos', 'team'], shown: ['Dee Ramos'] },
  accessUnknown: { args: ['zed'], shown: ['zed'] },
  linkExpiryDays: { args: [7], shown: ['7'] },
  linkExpiresOn: { args: ['8 Dec 2026'], shown: ['8 Dec 2026'] },
};

// Isolating marks around an interpolated value (Arabic) are invisible: compare without them.
const visible = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

for (const [lang, strings] of shipped) {
  test(`${lang}: every word English has, none empty, none left in English`, () => {
    for (const [key, english] of Object.entries(englishStrings)) {
      const word = (strings as unknown as Record<string, unknown>)[key];
      if (typeof english === 'function') {
        const sample = samples[key];
        assert.ok(sample, `${key}: no sample value in this test`);
        const said = visible((word as (...values: unknown[]) => string)(...sample.args));
        for (const shown of sample.shown)
          assert.ok(said.includes(shown), `${lang}.${key} leaves out ${shown}: ${said}`);
        const inEnglish = (english as (...values: unknown[]) => string)(...sample.args);
        assert.notEqual(said, inEnglish, `${lang}.${key} is English`);
      } else if (typeof english === 'object') {
        assert.deepEqual(Object.keys(word as object).sort(), Object.keys(english).sort(), `${lang}.${key}`);
        for (const [code, message] of Object.entries(word as Record<string, string>)) {
          assert.ok(message.trim(), `${lang}.${key}.${code} is empty`);
        }
      } else {
        assert.equal(typeof word, 'string', `${lang}.${key}`);
        assert.ok((word as string).trim(), `${lang}.${key} is empty`);
        assert.notEqual(word, english, `${lang}.${key} is English`);
      }
    }
  });

  test(`${lang}: registered on import, for its regions too`, () => {
    assert.equal(findLocale(`${lang}-XX`)?.strings, strings);
    assert.equal(stringsFor(lang).close, strings.close);
  });
}

test('Arabic directions and plural forms of the seconds left', () => {
  assert.equal(directionFor('ar-EG'), 'rtl');
  assert.equal(directionFor('de'), 'ltr');
  assert.equal(directionFor('he'), 'ltr', 'no Hebrew locale: the English shown is left to right');
  assert.match(arabicStrings.retryIn(1), /ثانية واحدة/);
  assert.match(arabicStrings.retryIn(2), /ثانيتين/);
  assert.match(arabicStrings.retryIn(5), /5 ثوانٍ/);
  assert.match(arabicStrings.retryIn(11), /11 ثانية/);
  assert.match(arabicStrings.retryIn(100), /100 ثانية/);
});

test("an unknown language, or none, is English: the triggers' words at once, the rest once added", () => {
  assert.equal(stringsFor('sv-SE').moreActionsNoTitle, englishStrings.moreActionsNoTitle);
  assert.equal(stringsFor(undefined).untitled, englishStrings.untitled);
  // What a view does when its code arrives.
  addEnglish(surfaceWords);
  assert.equal(stringsFor('sv-SE').close, englishStrings.close);
  assert.equal(stringsFor(undefined).close, englishStrings.close);
  assert.deepEqual(stringsFor(undefined), englishStrings);
});

test('a partial locale falls back to English word by word, once the English part is there', () => {
  addEnglish(surfaceWords);
  registerLocale({ lang: 'x-partial', strings: { close: 'Zu', errorMessages: { timeout: 'Zu langsam' } } });
  const words = stringsFor('x-partial');
  assert.equal(words.close, 'Zu');
  assert.equal(words.done, englishStrings.done);
  assert.equal(words.errorMessages.timeout, 'Zu langsam');
  assert.equal(words.errorMessages.network, englishStrings.errorMessages.network);
});

test('locales/en gives the English words to build on, and English with overrides on top', () => {
  const words = resolveStrings({ close: 'Shut', errorMessages: { timeout: 'Too slow.' } });
  assert.equal(words.close, 'Shut');
  assert.equal(words.done, englishStrings.done);
  assert.equal(words.errorMessages.timeout, 'Too slow.');
  assert.equal(words.errorMessages.network, englishStrings.errorMessages.network);
  assert.equal(findLocale('en'), undefined, 'English is built in: nothing is registered for it');
});
