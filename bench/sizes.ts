/** The size half of DESIGN.md §6: eager bytes per entry, the lazy chunks, the fonts, and proof they stay lazy. */
import { measureEntries, type ChunkSize, type EagerInput, type EntrySize } from './bundle-size.js';
import { measureFonts, measureWorker } from './lazy-assets.js';
import { kB, KiB, MB, table, type BenchPart, type Section } from './markdown.js';

/** DESIGN.md §6: 14 KiB. */
const EAGER_BUDGET_BYTES = 14 * 1024;

/**
 * Inputs that must only ever arrive lazily: the report's bundled dependencies (jsPDF, qrcode, bidi-js),
 * HarfBuzz, font files, and the packages themselves should one be imported directly.
 */
const LAZY_ONLY =
  /node_modules\/(jspdf|qrcode|fflate|html2canvas|dompurify|canvg|core-js|bidi-js|harfbuzzjs)\/|report\/(deps|vendor)\/|\.(ttf|otf|woff2?|wasm)$/;

const ON_INTENT = 'first open, pointer over or focus on ⋯, or idle';

/**
 * The lazy chunks a page may load, each known by an input esbuild puts in it (its file name is only a
 * hash): what it is, and when a page loads it. The first row whose input a chunk holds names it.
 */
const LAZY_CHUNKS: { input: string; what: string; loads: string }[] = [
  {
    input: 'share-dialog/share-dialog-view.js',
    what: "share dialog's panel (share-dialog-view.js and what only it uses)",
    loads: `dialog's ${ON_INTENT}`,
  },
  {
    input: 'overflow-menu/overflow-menu-view.js',
    what: "overflow menu's surface (overflow-menu-view.js, menu button, roving focus, <harmony-menu-item>)",
    loads: `menu's ${ON_INTENT}`,
  },
  {
    input: 'companion-launcher/companion-launcher-view.js',
    what: "Companion launcher's callout, request and tooltip (companion-launcher-view.js)",
    loads: 'pointer over or focus on the Companion button, its first click, or idle',
  },
  {
    input: 'adapter/fetch-operations.js',
    what: "fetch adapter's requests, HTTP client and answer checks (fetch-operations.js)",
    loads: "the adapter's first request: the triggers' conversations at idle or on intent",
  },
  {
    input: 'i18n/english/surfaces.js',
    what: 'English words of what opens, text buttons, error messages (surfaces.js and what the parts share)',
    loads: "with the menu, the dialog's panel or the Companion callout",
  },
  {
    input: 'controllers/placement.js',
    what: "positioning (placement.js, floating-ui's loader)",
    loads: "with the menu's surface or the Companion launcher's view",
  },
  {
    input: '@floating-ui/dom/',
    what: 'floating-ui (@floating-ui/dom, core, utils)',
    loads: "with the menu's surface or the Companion launcher's view",
  },
  {
    input: 'report/browser.js',
    what: 'report entry on the page (dist/report/browser.js)',
    loads: 'Share PDF made in the browser',
  },
  {
    input: 'report/deps/jspdf.js',
    what: 'report renderer with jsPDF, qrcode and bidi-js (dist/report/deps/ bundled)',
    loads: 'Share PDF made in the browser',
  },
  {
    input: 'report/vendor/harfbuzz/',
    what: 'HarfBuzz bindings (dist/report/vendor/harfbuzz/; wasm apart)',
    loads: 'the first report shaped',
  },
];

function describeChunk(inputs: string[]): { what: string; loads: string } {
  const known = LAZY_CHUNKS.find((chunk) => inputs.some((input) => input.includes(chunk.input)));
  return (
    known ?? { what: `shared by lazy chunks: ${inputs.join(', ')}`, loads: 'with the chunks that import it' }
  );
}

/** `lit`, `@floating-ui/dom`, `src/components` …: who the eager bytes belong to. */
function ownerOf(path: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1]!;
  return path.split('/').slice(0, 2).join('/');
}

const offenders = (inputs: EagerInput[]) => inputs.filter((input) => LAZY_ONLY.test(input.path));

function eagerSection(sizes: EntrySize[], flow: EntrySize): Section {
  const rows = sizes.map((size) => {
    const found = offenders(size.eagerInputs);
    return [
      size.entry,
      kB(size.eagerMin),
      kB(size.eagerGzip),
      found.length ? found.map((i) => i.path).join(', ') : 'no',
    ];
  });
  return {
    title: 'Sizes: eager JavaScript per entry',
    method:
      'esbuild over the published dist/ (CSS already minified), minified ESM with code splitting, Lit and floating-ui bundled; gzip -9 of each chunk the entry imports statically, summed.',
    lines: [
      ...table(['entry', 'min:', 'min+gzip:', 'jspdf/qrcode/fonts eager'], rows),
      '',
      `Whole flow (every element + fetch adapter), what a host page pays before anyone clicks: **${KiB(flow.eagerGzip)}** (${kB(flow.eagerGzip)}) min+gzip in ${flow.eagerFiles} files against the 14 KiB budget; ${KiB(flow.eagerGzipOneFile)} as one file (the same code with the eager chunks merged).`,
    ],
  };
}

function ownersSection(flow: EntrySize): Section {
  const owners = new Map<string, number>();
  for (const input of flow.eagerInputs)
    owners.set(ownerOf(input.path), (owners.get(ownerOf(input.path)) ?? 0) + input.bytes);
  const total = [...owners.values()].reduce((sum, bytes) => sum + bytes, 0);
  const rows = [...owners]
    .filter(([, bytes]) => bytes > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([owner, bytes]) => [owner, kB(bytes), `${((100 * bytes) / total).toFixed(0)} %`]);
  return {
    title: "Where the whole flow's eager bytes go",
    method:
      "esbuild metafile: each input's minified bytes in the eager chunks (before gzip), by package or src folder.",
    lines: table(['from', 'min:', 'share:'], rows),
  };
}

function lazySection(flow: EntrySize, worker: EntrySize): Section {
  const seen = new Set<string>();
  const chunks: (ChunkSize & { what: string; loads: string })[] = [];
  for (const chunk of [...flow.lazy, ...worker.lazy]) {
    const described = describeChunk(chunk.inputs);
    if (seen.has(described.what)) continue;
    seen.add(described.what);
    chunks.push({ ...chunk, ...described });
  }
  const rows = chunks.map((chunk) => [chunk.what, chunk.loads, kB(chunk.min), kB(chunk.gzip)]);
  rows.push([
    'report worker (dist/report/worker.js, its own script)',
    'Share PDF made in the browser',
    kB(worker.eagerMin),
    kB(worker.eagerGzip),
  ]);
  return {
    title: 'Sizes: lazy chunks',
    method:
      "The whole-flow build's dynamic-import chunks, named by their inputs; the worker bundled as its own entry, since esbuild does not follow new Worker(new URL(…)).",
    lines: [
      ...table(['chunk', 'loads on', 'min:', 'min+gzip:'], rows),
      '',
      "The worker's own script holds the renderer and its bundled dependencies; it imports HarfBuzz lazily.",
    ],
  };
}

async function fontsSection(): Promise<Section> {
  const fonts = await measureFonts();
  const rows = fonts.map((font) => [font.family, font.pieces, MB(font.bytes), kB(font.largest)]);
  return {
    title: 'Sizes: report font pieces (lazy, by Unicode range)',
    method:
      "src/report/fonts/pieces/, as scripts/slice-fonts.mjs cut each Noto font (all weights); a report fetches only the pieces its text uses (see 'Font bytes per report').",
    lines: table(['family', 'pieces:', 'bytes:', 'largest piece:'], rows),
  };
}

function proofSection(sizes: EntrySize[], flow: EntrySize): Section {
  const found = sizes.flatMap((size) =>
    offenders(size.eagerInputs).map((input) => `${size.entry}: ${input.path}`),
  );
  const inputs = flow.eagerInputs
    .filter((input) => input.bytes > 0)
    .map((input) => `- ${input.path} (${input.bytes} B)`);
  return {
    title: 'Proof: jspdf, qrcode and fonts stay out of the eager bundle',
    method:
      "Every input esbuild's metafile lists for the eager chunks of every entry, matched against jspdf (and its fflate, html2canvas, dompurify, canvg, core-js), qrcode and font files.",
    lines: [
      `eager bundle contains jspdf/qrcode/fonts: ${found.length ? found.join(', ') : 'no'}`,
      '',
      "<details><summary>Inputs of the whole flow's eager chunks</summary>",
      '',
      ...inputs,
      '',
      '</details>',
    ],
  };
}

export async function measureSizes(): Promise<BenchPart> {
  const sizes = await measureEntries();
  const flow = sizes.find((size) => size.entry === 'whole flow')!;
  const worker = await measureWorker();
  const leaked = sizes.flatMap((size) => offenders(size.eagerInputs));
  const leakedBytes = leaked.reduce((sum, input) => sum + input.bytes, 0);
  return {
    sections: [
      eagerSection(sizes, flow),
      ownersSection(flow),
      lazySection(flow, worker),
      await fontsSection(),
      proofSection(sizes, flow),
    ],
    budgets: [
      {
        row: 1,
        what: 'eager JS, all three elements + fetch adapter, min+gzip',
        budget: '≤ 14 KiB',
        measured: `${KiB(flow.eagerGzip)} (${kB(flow.eagerGzip)})`,
        within: flow.eagerGzip <= EAGER_BUDGET_BYTES,
      },
      {
        row: 2,
        what: 'jspdf, qrcode, fonts in the eager bundle (any entry)',
        budget: '0 bytes',
        measured: `${leakedBytes} bytes`,
        within: leaked.length === 0,
      },
    ],
  };
}
