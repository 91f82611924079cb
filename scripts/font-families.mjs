// The report's font families, as scripts/slice-fonts.mjs cuts them: for each Noto package, the files per
// weight, the Unicode-range pieces (an alphabet's letters with its marks, or fixed-size runs of a large
// CJK font), and which family is only a fallback for characters the others lack.

/** How many code points a piece of a large (CJK) font holds: a few names stay within a few pieces. */
export const CHUNK = 64;
/** Combining marks go into every piece of an alphabet, so marks position on their base letters. */
export const MARKS = [
  [0x300, 0x36f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f],
];
export const JOINERS = [
  [0x200c, 0x200d],
  [0x25cc, 0x25cc],
];

/**
 * Each family: its npm package, its files per weight, its licence, and named pieces by Unicode range.
 * What a font covers beyond its named pieces goes into numbered pieces of CHUNK code points each.
 * `only` limits a fallback family to what the families before it lack.
 */
export const FAMILIES = [
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
