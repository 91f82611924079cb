import type { Script } from './scripts.js';

export type FontWeight = 'regular' | 'bold';

/**
 * One TrueType file the report can embed. The files sit in `./fonts/` beside
 * this module (copied from their npm packages), so every environment finds
 * them the same way: bundlers through `new URL('./fonts/…', import.meta.url)`,
 * a page without a bundler by that URL, Node by reading the file it names.
 */
export interface FontFace {
  /** File name, also the name jsPDF knows the file by. */
  file: string;
  /** The name jsPDF and the PDF know the face by; one per face, so viewers never mix up weights. */
  family: string;
  script: Script;
  weight: FontWeight;
  /** The npm package it comes from (all are SIL Open Font License 1.1). */
  source: string;
  /** Naskh's letters are small for their point size; scaling them matches Noto Sans's x-height. */
  scale: number;
  url(): URL;
}

// Each URL is a literal so that bundlers see, copy and rewrite it.
export const FONT_FACES: readonly FontFace[] = [
  {
    file: 'NotoSans-Regular.ttf',
    family: 'NotoSans',
    script: 'latin',
    weight: 'regular',
    source: '@embedpdf/fonts-latin',
    scale: 1,
    url: () => new URL('./fonts/NotoSans-Regular.ttf', import.meta.url),
  },
  {
    file: 'NotoSans-Bold.ttf',
    family: 'NotoSans-Bold',
    script: 'latin',
    weight: 'bold',
    source: '@embedpdf/fonts-latin',
    scale: 1,
    url: () => new URL('./fonts/NotoSans-Bold.ttf', import.meta.url),
  },
  {
    file: 'NotoNaskhArabic-Regular.ttf',
    family: 'NotoNaskhArabic',
    script: 'arabic',
    weight: 'regular',
    source: '@embedpdf/fonts-arabic',
    scale: 1.2,
    url: () => new URL('./fonts/NotoNaskhArabic-Regular.ttf', import.meta.url),
  },
  {
    file: 'NotoNaskhArabic-Bold.ttf',
    family: 'NotoNaskhArabic-Bold',
    script: 'arabic',
    weight: 'bold',
    source: '@embedpdf/fonts-arabic',
    scale: 1.2,
    url: () => new URL('./fonts/NotoNaskhArabic-Bold.ttf', import.meta.url),
  },
  // One weight only: it is 10.5 MB, so bold CJK is drawn by stroking the regular outlines.
  {
    file: 'NotoSansSC-Regular.ttf',
    family: 'NotoSansSC',
    script: 'cjk',
    weight: 'regular',
    source: '@expo-google-fonts/noto-sans-sc',
    scale: 1,
    url: () => new URL('./fonts/NotoSansSC-Regular.ttf', import.meta.url),
  },
];

/** Fetches or reads the bytes of one face; injected so each environment (and each test) brings its own. */
export type FontLoader = (face: FontFace) => Promise<ArrayBuffer | Uint8Array>;

/** The faces a report needs: only those of the scripts its text uses. */
export function facesForScripts(scripts: ReadonlySet<Script>): FontFace[] {
  return FONT_FACES.filter((face) => scripts.has(face.script));
}
