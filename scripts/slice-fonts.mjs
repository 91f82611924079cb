// Prepares what the report renders with and git does not hold: the HarfBuzz copy (vendor-harfbuzz.mjs), and
// the font pieces. Slices the report's Noto fonts (devDependencies) into Unicode-range pieces in src/report/fonts/pieces/
// (not in git) and writes their index, src/report/fonts/pieces.ts (in git: the sources type-check and
// bundle without the pieces). A report then loads only the pieces its text uses. `--if-missing` does
// nothing when every piece the index names is already there (the tests, the server and the bench call it
// that way; `npm run build` slices afresh).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import { vendorHarfBuzz } from './vendor-harfbuzz.mjs';

const root = new URL('../', import.meta.url).pathname;
const outDir = `${root}src/report/fonts/pieces/`;
const indexFile = `${root}src/report/fonts/pieces.ts`;

/** How many code points a piece of a large (CJK) font holds: a few names stay within a few pieces. */
const CHUNK = 64;
/** Combining marks go into every piece of an alphabet, so marks position on their base letters. */
const MARKS = [
  [0x300, 0x36f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f],
];
const JOINERS = [
  [0x200c, 0x200d],
  [0x25cc, 0x25cc],
];

/**
 * Each family: its npm package, its files per weight, its licence, and named pieces by Unicode range.
 * What a font covers beyond its named pieces goes into numbered pieces of CHUNK code points each.
 * `only` limits a fallback family to what the families before it lack.
 */
const FAMILIES = [
  {
    id: 'sans',
    name: 'NotoSans',
    package: '@embedpdf/fonts-latin',
    files: { regular: 'fonts/NotoSans-Regular.ttf', bold: 'fonts/NotoSans-Bold.ttf' },
    license: 'LICENSE',
    // The features a report's text uses; the others (small caps, old-style figures…) only add glyphs.
    keepFeatures: ['ccmp', 'locl', 'mark', 'mkmk', 'kern', 'liga', 'clig', 'calt', 'rlig'],
    pieces: {
      latin: [
        [0x20, 0x7e],
        [0xa0, 0xff],
        [0x131, 0x131],
        [0x152, 0x153],
        [0x2c6, 0x2dd],
        ...MARKS,
        [0x2000, 0x206f],
        [0x20ac, 0x20ac],
        [0x2122, 0x2122],
        [0x2212, 0x2212],
        [0xfeff, 0xfeff],
        ...JOINERS,
      ],
      // Vietnamese, Yoruba, Central European…: precomposed letters beyond Latin-1, with the marks again.
      'latin-ext': [[0x100, 0x24f], [0x1e00, 0x1eff], [0x20a0, 0x20cf], ...MARKS, ...JOINERS],
      'latin-more': [
        [0x250, 0x2af],
        [0x2c60, 0x2c7f],
        [0xa720, 0xa7ff],
        [0xab30, 0xab6f],
        ...MARKS,
        ...JOINERS,
      ],
      greek: [[0x370, 0x3ff], [0x1f00, 0x1fff], ...MARKS, ...JOINERS],
      cyrillic: [[0x400, 0x52f], [0x1c80, 0x1c8f], [0x2de0, 0x2dff], [0xa640, 0xa69f], ...MARKS, ...JOINERS],
    },
  },
  {
    id: 'arabic',
    name: 'NotoNaskhArabic',
    package: '@embedpdf/fonts-arabic',
    files: { regular: 'fonts/NotoNaskhArabic-Regular.ttf', bold: 'fonts/NotoNaskhArabic-Bold.ttf' },
    license: 'LICENSE',
    namedOnly: true,
    pieces: {
      arabic: [
        [0x600, 0x6ff],
        [0x750, 0x77f],
        [0x8a0, 0x8ff],
        [0xfb50, 0xfdff],
        [0xfe70, 0xfeff],
        [0x20, 0x40],
        ...JOINERS,
      ],
    },
  },
  {
    id: 'hebrew',
    name: 'NotoSansHebrew',
    package: '@embedpdf/fonts-hebrew',
    files: { regular: 'fonts/NotoSansHebrew-Regular.ttf', bold: 'fonts/NotoSansHebrew-Bold.ttf' },
    license: 'LICENSE',
    namedOnly: true,
    pieces: { hebrew: [[0x590, 0x5ff], [0xfb1d, 0xfb4f], [0x20, 0x40], ...JOINERS] },
  },
  ...[
    [
      'devanagari',
      'Devanagari',
      [
        [0x900, 0x97f],
        [0xa8e0, 0xa8ff],
        [0x1cd0, 0x1cff],
      ],
    ],
    ['bengali', 'Bengali', [[0x980, 0x9ff]]],
    [
      'tamil',
      'Tamil',
      [
        [0xb80, 0xbff],
        [0x11fc0, 0x11fff],
      ],
    ],
    ['thai', 'Thai', [[0xe00, 0xe7f]]],
  ].map(([id, script, ranges]) => ({
    id,
    name: `NotoSans${script}`,
    package: `@expo-google-fonts/noto-sans-${id}`,
    files: {
      regular: `400Regular/NotoSans${script}_400Regular.ttf`,
      bold: `700Bold/NotoSans${script}_700Bold.ttf`,
    },
    license: 'LICENSE_FONT',
    pieces: { [id]: [...ranges, [0x20, 0x40], [0x964, 0x965], ...JOINERS] },
    // Their Latin letters are Noto Sans's: only the script's own piece is kept.
    namedOnly: true,
  })),
  ...[
    [
      'sc',
      'SC',
      {
        kana: [
          [0x3040, 0x30ff],
          [0x31f0, 0x31ff],
        ],
        punctuation: [
          [0x3000, 0x303f],
          [0xff00, 0xffef],
        ],
      },
    ],
    [
      'kr',
      'KR',
      {
        jamo: [
          [0x1100, 0x11ff],
          [0x3130, 0x318f],
          [0xa960, 0xa97f],
          [0xd7b0, 0xd7ff],
        ],
      },
    ],
    ['tc', 'TC', {}],
    ['jp', 'JP', {}],
  ].map(([id, script, pieces]) => ({
    id,
    name: `NotoSans${script}`,
    package: `@expo-google-fonts/noto-sans-${id}`,
    files: { regular: `400Regular/NotoSans${script}_400Regular.ttf` },
    license: 'LICENSE_FONT',
    pieces,
    // One weight: CJK fonts are megabytes each; bold CJK text is drawn by stroking the outlines.
    fallbackOnly: id !== 'sc',
  })),
  {
    id: 'emoji',
    name: 'NotoEmoji',
    package: '@expo-google-fonts/noto-emoji',
    files: { regular: '400Regular/NotoEmoji_400Regular.ttf' },
    license: 'LICENSE_FONT',
    // By block, with skin tones, ZWJ and VS16 in each: a sequence (👩🏽‍💻) is shaped into one glyph when its
    // parts share a block, as most of the people-and-objects ones do.
    pieces: Object.fromEntries(
      Object.entries({
        pictographs: [[0x1f300, 0x1f5ff]],
        faces: [
          [0x1f600, 0x1f64f],
          [0x1f680, 0x1f6ff],
        ],
        supplemental: [
          [0x1f900, 0x1f9ff],
          [0x1fa70, 0x1faff],
        ],
        symbols: [
          [0x2000, 0x2bff],
          [0x3030, 0x303d],
          [0x3297, 0x3299],
        ],
        flags: [
          [0x1f1e6, 0x1f1ff],
          [0x1f3f4, 0x1f3f4],
          [0xe0020, 0xe007f],
        ],
      }).map(([name, ranges]) => [
        name,
        [...ranges, [0x1f3fb, 0x1f3ff], [0x200d, 0x200d], [0xfe0f, 0xfe0f], [0x20e3, 0x20e3]],
      ]),
    ),
    chunk: 400,
  },
];

const hb = await import('harfbuzzjs');

function coverage(bytes) {
  const face = new hb.Face(new hb.Blob(bytes));
  return new Set(face.collectUnicodes());
}

const inRanges = (ranges) => (code) => ranges.some(([from, to]) => code >= from && code <= to);

/** Code point list → "20-7e,a0-ff" (hex), the form the index stores. */
function rangesOf(codes) {
  const sorted = [...codes].sort((a, b) => a - b);
  const parts = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j += 1;
    parts.push(i === j ? sorted[i].toString(16) : `${sorted[i].toString(16)}-${sorted[j].toString(16)}`);
    i = j + 1;
  }
  return parts.join(',');
}

function plan() {
  const seenByFallbacks = new Set();
  return FAMILIES.map((family) => {
    // Read from node_modules by path: some font packages export no package.json.
    const packageDir = `${root}node_modules/${family.package}/`;
    const sources = Object.fromEntries(
      Object.entries(family.files).map(([weight, file]) => [weight, readFileSync(packageDir + file)]),
    );
    for (const [weight, bytes] of Object.entries(sources)) {
      // HarfBuzz reads CFF too, but the pieces are TrueType like everything else the report embeds.
      if (bytes.readUInt32BE(0) !== 0x00010000) throw new Error(`${family.name} ${weight} is not TrueType`);
    }
    const covered = coverage(sources.regular);
    let left = [...covered];
    if (family.fallbackOnly) left = left.filter((code) => !seenByFallbacks.has(code));
    const pieces = [];
    for (const [name, ranges] of Object.entries(family.pieces)) {
      const codes = [...covered].filter(inRanges(ranges));
      pieces.push({ name, codes });
      const taken = new Set(codes);
      left = left.filter((code) => !taken.has(code) || inRanges([...MARKS, ...JOINERS])(code));
    }
    const named = new Set(pieces.flatMap((piece) => piece.codes));
    const rest = family.namedOnly ? [] : left.filter((code) => !named.has(code)).sort((a, b) => a - b);
    const chunk = family.chunk ?? CHUNK;
    for (let start = 0, n = 1; start < rest.length; start += chunk, n += 1) {
      pieces.push({ name: String(n).padStart(3, '0'), codes: rest.slice(start, start + chunk) });
    }
    if (['sc', 'kr', 'tc'].includes(family.id)) for (const code of covered) seenByFallbacks.add(code);
    return { ...family, packageDir, sources, pieces };
  });
}

const fileName = (family, weight, piece) =>
  `${family.name}-${weight === 'bold' ? 'Bold' : 'Regular'}-${piece.name}.ttf`;
const licenseName = (family) => `OFL-${family.name}.txt`;

function writeIndex(families, textLayerFont) {
  const lines = [
    '// Generated by scripts/slice-fonts.mjs from the font packages: do not edit by hand.',
    '// Each piece: the code points it covers (hex ranges) and a URL per weight, as literals bundlers see.',
    "import type { FamilyPieces } from './piece-types.js';",
    '',
    'export const FONT_PIECES: readonly FamilyPieces[] = [',
  ];
  for (const family of families) {
    lines.push(`  {`, `    id: '${family.id}',`, `    name: '${family.name}',`);
    lines.push(`    source: '${family.package}',`, `    license: '${licenseName(family)}',`);
    lines.push(`    pieces: [`);
    for (const piece of family.pieces) {
      const urls = Object.keys(family.files).map(
        (weight) =>
          `${weight}: () => new URL('./pieces/${fileName(family, weight, piece)}', import.meta.url)`,
      );
      lines.push(`      { name: '${piece.name}', ranges: '${rangesOf(piece.codes)}', ${urls.join(', ')} },`);
    }
    lines.push(`    ],`, `  },`);
  }
  lines.push('];', '');
  lines.push(
    '/** Noto Sans cut down to its space: the invisible text layer names it, and so has a real font to point to. */',
    `export const TEXT_LAYER_FONT = '${Buffer.from(textLayerFont).toString('base64')}';`,
    '',
  );
  writeFileSync(indexFile, lines.join('\n'));
}

function piecesNamedInIndex() {
  if (!existsSync(indexFile)) return [];
  return [...readFileSync(indexFile, 'utf8').matchAll(/'\.\/pieces\/([^']+)'/g)].map((match) => match[1]);
}

const ifMissing = process.argv.includes('--if-missing');
// The renderer's other generated input: the HarfBuzz copy it imports (see vendor-harfbuzz.mjs).
vendorHarfBuzz({ ifMissing });
const named = piecesNamedInIndex();
if (ifMissing && named.length > 0 && named.every((file) => existsSync(outDir + file))) process.exit(0);

const started = Date.now();
const families = plan();
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
let total = 0;
for (const family of families) {
  copyFileSync(family.packageDir + family.license, outDir + licenseName(family));
  for (const [weight, source] of Object.entries(family.sources)) {
    for (const piece of family.pieces) {
      const text = String.fromCodePoint(...piece.codes);
      const bytes = await subsetFont(source, text, {
        targetFormat: 'truetype',
        // Copyright, names, version and the licence (ids 13, 14): the OFL asks that they travel with the font.
        preserveNameIds: [0, 1, 2, 3, 4, 5, 6, 13, 14],
        noHinting: true,
        ...(family.keepFeatures ? { keepFeatures: family.keepFeatures } : {}),
      });
      writeFileSync(outDir + fileName(family, weight, piece), bytes);
      total += bytes.byteLength;
    }
  }
  console.log(`${family.name}: ${family.pieces.length} pieces × ${Object.keys(family.files).length} weights`);
}
const sans = families.find((family) => family.id === 'sans');
const textLayerFont = await subsetFont(sans.sources.regular, ' ', {
  targetFormat: 'truetype',
  preserveNameIds: [0, 13, 14],
  noHinting: true,
  keepFeatures: [],
});
writeIndex(families, textLayerFont);
console.log(
  `Sliced the report fonts into ${outDir} (${(total / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
);
