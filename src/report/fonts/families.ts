/**
 * Which family draws which script, in the order they are tried. A character
 * goes to the first family, starting with its script's own, that has a piece
 * covering it; one no family covers is drawn as a placeholder.
 */

/** A family's reach by Unicode script, and how it is drawn. */
export interface FamilyStyle {
  /** Unicode script names (as in `\p{Script=…}`) this family is the first choice for. */
  scripts: readonly string[];
  /** Naskh's letters are small for their point size; scaling them matches Noto Sans's x-height. */
  scale: number;
}

export const FAMILY_STYLES: Readonly<Record<string, FamilyStyle>> = {
  sans: { scripts: ['Latin', 'Greek', 'Cyrillic'], scale: 1 },
  arabic: { scripts: ['Arabic'], scale: 1.2 },
  hebrew: { scripts: ['Hebrew'], scale: 1 },
  devanagari: { scripts: ['Devanagari'], scale: 1 },
  bengali: { scripts: ['Bengali'], scale: 1 },
  tamil: { scripts: ['Tamil'], scale: 1 },
  thai: { scripts: ['Thai'], scale: 1 },
  sc: { scripts: ['Han', 'Hiragana', 'Katakana', 'Bopomofo'], scale: 1 },
  kr: { scripts: ['Hangul'], scale: 1 },
  tc: { scripts: [], scale: 1 },
  jp: { scripts: [], scale: 1 },
  emoji: { scripts: [], scale: 1 },
};

/** After its script's own family, a character is looked for in these, in this order. */
export const FALLBACK_ORDER: readonly string[] = [
  'sans',
  'sc',
  'tc',
  'jp',
  'kr',
  'arabic',
  'hebrew',
  'devanagari',
  'bengali',
  'tamil',
  'thai',
  'emoji',
];

const SCRIPT_TESTS: readonly [RegExp, string][] = Object.entries(FAMILY_STYLES).flatMap(([id, style]) =>
  style.scripts.map((script): [RegExp, string] => [new RegExp(`\\p{Script=${script}}`, 'u'), id]),
);
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}]/u;

const familyByCode = new Map<number, string | null>();

/** The family a code point asks for by its script, or undefined for shared characters (spaces, digits, marks). */
export function familyOfCode(code: number): string | undefined {
  let family = familyByCode.get(code);
  if (family === undefined) {
    // Looked up once per code point and process: the tests below are regular expressions.
    const char = String.fromCodePoint(code);
    family = SCRIPT_TESTS.find(([test]) => test.test(char))?.[1] ?? null;
    // Pictographs that a text font also has (©, ™) stay in the text font; the others are emoji.
    family ??= EMOJI.test(char) && code > 0x2bff ? 'emoji' : null;
    familyByCode.set(code, family);
  }
  return family ?? undefined;
}
