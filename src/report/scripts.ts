/**
 * Which font family each character needs, and in which direction it reads.
 * jsPDF draws one font per `text()` call and has no glyph fallback, so a line
 * mixing scripts is drawn as runs, each in the font of its script.
 */

/** A font family's reach: 'latin' covers Latin, Greek and Cyrillic (Noto Sans). */
export type Script = 'latin' | 'arabic' | 'cjk';

export type Direction = 'ltr' | 'rtl';

export interface ScriptRun {
  text: string;
  script: Script;
  direction: Direction;
}

const ARABIC = /\p{Script=Arabic}/u;
const CJK_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}]/u;
// CJK punctuation and full-width forms are script Common but only the CJK font draws them well.
const CJK_PUNCTUATION = /[\u3000-\u303f\uff00-\uffef]/u;
const RIGHT_TO_LEFT_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;
const LETTER = /\p{L}/u;

/** The script a character asks for; `undefined` for spaces, digits and punctuation that any font has. */
function ownScript(char: string): Script | undefined {
  if (ARABIC.test(char)) return 'arabic';
  if (CJK_LETTER.test(char) || CJK_PUNCTUATION.test(char)) return 'cjk';
  return LETTER.test(char) ? 'latin' : undefined;
}

function strongDirection(char: string): Direction | undefined {
  if (!LETTER.test(char)) return undefined;
  return RIGHT_TO_LEFT_LETTER.test(char) ? 'rtl' : 'ltr';
}

/** The direction of a paragraph: that of its first letter (Unicode bidi rules P2–P3). */
export function paragraphDirection(text: string): Direction {
  for (const char of text) {
    const direction = strongDirection(char);
    if (direction) return direction;
  }
  return 'ltr';
}

/** The scripts whose fonts a set of texts needs. Latin is always needed: the report's own words are English. */
export function scriptsIn(texts: Iterable<string>): Set<Script> {
  const scripts = new Set<Script>(['latin']);
  for (const text of texts) {
    if (!scripts.has('arabic') && ARABIC.test(text)) scripts.add('arabic');
    if (!scripts.has('cjk') && CJK_LETTER.test(text)) scripts.add('cjk');
  }
  return scripts;
}

/**
 * Splits a paragraph into runs of one script and one direction, in logical
 * order. Spaces, digits and punctuation take the direction of the letters on
 * both sides when those agree and the paragraph's otherwise (a simplified
 * Unicode bidi rule N1–N2). They are drawn in the Arabic font inside
 * right-to-left text and in Noto Sans elsewhere: the CJK font's Latin
 * punctuation is full-width and would look spaced out between Latin words.
 */
export function splitRuns(text: string, base: Direction = paragraphDirection(text)): ScriptRun[] {
  const chars = Array.from(text);
  const directions = chars.map(strongDirection);
  const scripts = chars.map(ownScript);
  const following: Direction[] = new Array<Direction>(chars.length);
  let next = base;
  for (let index = chars.length - 1; index >= 0; index -= 1) {
    following[index] = next;
    next = directions[index] ?? next;
  }
  let previous = base;
  const resolvedDirections = directions.map((own, index) => {
    if (own) return (previous = own);
    return previous === following[index] ? previous : base;
  });
  const runs: ScriptRun[] = [];
  chars.forEach((char, index) => {
    const direction = resolvedDirections[index]!;
    const script = scripts[index] ?? (direction === 'rtl' ? 'arabic' : 'latin');
    const last = runs.at(-1);
    if (last && last.script === script && last.direction === direction) last.text += char;
    else runs.push({ text: char, script, direction });
  });
  return runs;
}
