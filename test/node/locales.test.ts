import assert from 'node:assert/strict';
import { test } from 'node:test';
import { directionFor, findLocale, stringsFor } from '../../src/i18n/locales.js';
import { englishStrings, type HarmonyStrings } from '../../src/i18n/strings.js';
import { arabicStrings } from '../../src/locales/ar.js';
import { germanStrings } from '../../src/locales/de.js';
import { japaneseStrings } from '../../src/locales/ja.js';

const shipped: [string, HarmonyStrings][] = [
  ['de', germanStrings],
  ['ja', japaneseStrings],
  ['ar', arabicStrings],
];

// Sample values for the words that interpolate one; each must appear in what the locale says.
const samples: Record<string, string | number> = {
  shareTitle: 'Weekly sync',
  pdfReady: 'Report.pdf',
  pdfDownloaded: 'Report.pdf',
  pressToCopy: 'Ctrl+C',
  retryIn: 17,
  moreActions: 'Weekly sync',
  pdfSectionsChosen: 'Summary',
};

for (const [lang, strings] of shipped) {
  test(`${lang}: every word English has, none empty, none left in English`, () => {
    for (const [key, english] of Object.entries(englishStrings)) {
      const word = (strings as unknown as Record<string, unknown>)[key];
      if (typeof english === 'function') {
        assert.ok(key in samples, `${key}: no sample value in this test`);
        const said = (word as (value: unknown) => string)(samples[key]);
        assert.ok(said.includes(String(samples[key])), `${lang}.${key} leaves out its value: ${said}`);
        assert.notEqual(said, english(samples[key] as never), `${lang}.${key} is English`);
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

test('an unknown language, or none, is English', () => {
  assert.equal(stringsFor('sv-SE').close, englishStrings.close);
  assert.equal(stringsFor(undefined).close, englishStrings.close);
});
