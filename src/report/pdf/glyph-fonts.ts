import type { jsPDF } from 'jspdf';
import type { ShapingFont } from '../fonts/shaping-font.js';
import { glyphPath } from '../fonts/shaping-font.js';
import { filtersFor, fontRegistryOf, internalsOf, num } from './internals.js';
import type { PdfFontEntry, PdfInternals } from './internals.js';

/** Bold drawn by stroking the outline, for families that ship one weight: the stroke, in em. */
const SYNTHETIC_BOLD_STROKE = 0.035;

/**
 * The codes a glyph font hands out, printable ASCII first so most strings need
 * no escapes. 32 is left out: a viewer adds word spacing to that code.
 */
const CODES = [
  ...Array.from({ length: 94 }, (_, i) => 33 + i),
  ...Array.from({ length: 128 }, (_, i) => 128 + i),
  ...Array.from({ length: 32 }, (_, i) => i),
  127,
];

/** A code as it stands in a PDF literal string. */
const STRING_CHARS = CODES.map((code) => {
  if (code === 40 || code === 41 || code === 92) return `\\${String.fromCharCode(code)}`;
  // Line ends inside a string would be read back as one '\n': control codes are written in octal.
  if (code < 32 || code === 127) return `\\${code.toString(8).padStart(3, '0')}`;
  return String.fromCharCode(code);
});

/** Where a glyph is drawn from: a font resource, its code there, and its advance in thousandths of an em. */
export interface PlacedGlyph {
  resource: string;
  /** The code as written in a literal string, escaped where needed. */
  chars: string;
  advance: number;
}

interface GlyphFont {
  resource: string;
  /** Font units per em of every glyph in it: pieces of any family share a font when they share this. */
  upem: number;
  syntheticBold: boolean;
  glyphs: { code: number; content: string; width: number }[];
  bbox: [number, number, number, number];
}

/**
 * Every glyph a document draws, as a character of a Type 3 font (255 per font,
 * more fonts when a document draws more; one for all pieces with the same units
 * per em, whose glyphs are all in the same units) whose glyph procedures are the
 * outlines, so a line is a few bytes per glyph instead of a transformation and
 * an XObject each. The glyphs are not the words: the text layer carries those.
 * Each code maps to U+200B (an invisible format character that pdf.js leaves
 * out of extracted text), and lines are drawn inside an empty /ActualText
 * (which Poppler, Acrobat and most extractors use in place of the glyphs).
 */
export class GlyphFonts {
  private readonly fonts: GlyphFont[] = [];
  /** The font still taking glyphs, by units per em and synthetic bold. */
  private readonly open = new Map<string, GlyphFont>();
  private readonly placed = new Map<ShapingFont, Map<number, PlacedGlyph | null>>();
  private readonly internals: PdfInternals;
  private readonly registry: Record<string, PdfFontEntry>;
  private toUnicode?: number;

  constructor(doc: jsPDF) {
    this.internals = internalsOf(doc);
    // jsPDF lists every font of its registry in each page's resources and asks for it at 'putFont'.
    this.registry = fontRegistryOf(doc);
    this.internals.events.subscribe('putFont', (({ font }: { font: PdfFontEntry }) => {
      const glyphFont = this.fonts.find((candidate) => candidate.resource === font.id);
      if (glyphFont) this.putFont(glyphFont, font);
    }) as (...args: never[]) => void);
  }

  /** The font and code a glyph is drawn with, or undefined when it has no outline (a space). */
  glyph(source: ShapingFont, id: number, syntheticBold: boolean): PlacedGlyph | undefined {
    let ofSource = this.placed.get(source);
    if (!ofSource) this.placed.set(source, (ofSource = new Map()));
    const key = id * 2 + (syntheticBold ? 1 : 0);
    let placed = ofSource.get(key);
    if (placed === undefined) {
      placed = this.add(source, id, syntheticBold);
      ofSource.set(key, placed);
    }
    return placed ?? undefined;
  }

  private add(source: ShapingFont, id: number, syntheticBold: boolean): PlacedGlyph | null {
    const path = glyphPath(source, id);
    if (!path) return null;
    const font = this.fontWithRoom(source, syntheticBold);
    const stroke = syntheticBold ? SYNTHETIC_BOLD_STROKE * source.upem : 0;
    const width = Math.round(source.font.glyphHAdvance(id));
    const extents = source.font.glyphExtents(id);
    if (extents) {
      const pad = stroke + 2;
      const { bbox } = font;
      bbox[0] = Math.min(bbox[0], Math.floor(extents.xBearing - pad));
      bbox[1] = Math.min(bbox[1], Math.floor(extents.yBearing + extents.height - pad));
      bbox[2] = Math.max(bbox[2], Math.ceil(extents.xBearing + extents.width + pad));
      bbox[3] = Math.max(bbox[3], Math.ceil(extents.yBearing + pad));
    }
    // d0: the procedure paints with the colours of the text, fill and (synthetic bold) stroke.
    const content = syntheticBold
      ? `${width} 0 d0\n${num(stroke)} w 1 j\n${path}\nB`
      : `${width} 0 d0\n${path}\nf`;
    const index = font.glyphs.length;
    font.glyphs.push({ code: CODES[index]!, content, width });
    return { resource: font.resource, chars: STRING_CHARS[index]!, advance: (width * 1000) / font.upem };
  }

  private fontWithRoom(source: ShapingFont, syntheticBold: boolean): GlyphFont {
    const key = `${source.upem}${syntheticBold ? 'b' : ''}`;
    let font = this.open.get(key);
    if (font && font.glyphs.length < CODES.length) return font;
    font = {
      resource: `G${this.fonts.length + 1}`,
      upem: source.upem,
      syntheticBold,
      glyphs: [],
      bbox: [0, 0, 0, 0],
    };
    this.fonts.push(font);
    this.open.set(key, font);
    this.registry[font.resource] = { id: font.resource };
    return font;
  }

  private putFont(font: GlyphFont, entry: PdfFontEntry): void {
    const { internals } = this;
    this.toUnicode ??= this.putToUnicode();
    const procs: string[] = [];
    for (const glyph of font.glyphs) {
      const objectId = internals.newObject();
      internals.putStream({ data: glyph.content, objectId, filters: filtersFor(glyph.content) });
      internals.write('endobj');
      procs.push(`/c${glyph.code} ${objectId} 0 R`);
    }
    // Widths from the first code used to the last, and the encoding as runs of consecutive codes.
    const byCode = [...font.glyphs].sort((a, b) => a.code - b.code);
    const first = byCode[0]!.code;
    const widths = new Array<number>(byCode.at(-1)!.code - first + 1).fill(0);
    let differences = '';
    byCode.forEach((glyph, index) => {
      widths[glyph.code - first] = glyph.width;
      if (byCode[index - 1]?.code !== glyph.code - 1) differences += ` ${glyph.code}`;
      differences += ` /c${glyph.code}`;
    });
    const scale = 1 / font.upem;
    entry.objectNumber = internals.newObject();
    internals.write(
      `<< /Type /Font /Subtype /Type3 /FontBBox [${font.bbox.join(' ')}]`,
      `/FontMatrix [${scale} 0 0 ${scale} 0 0] /Resources << >>`,
      `/CharProcs << ${procs.join(' ')} >>`,
      `/Encoding << /Type /Encoding /Differences [${differences.trim()}] >>`,
      `/FirstChar ${first} /LastChar ${byCode.at(-1)!.code} /Widths [${widths.join(' ')}]`,
      `/ToUnicode ${this.toUnicode} 0 R >>`,
    );
    internals.write('endobj');
    entry.isAlreadyPutted = true;
  }

  /** One map for every glyph font: each code reads as U+200B ZERO WIDTH SPACE, which is no text. */
  private putToUnicode(): number {
    const cmap = [
      '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
      '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
      '1 begincodespacerange <00> <FF> endcodespacerange',
      // A range with one destination would count up from it (U+200B, U+200C, …): an array repeats it.
      `1 beginbfrange <00> <FF> [${'<200B> '.repeat(256)}] endbfrange`,
      'endcmap CMapName currentdict /CMap defineresource pop end end',
    ].join('\n');
    const objectId = this.internals.newObject();
    this.internals.putStream({ data: cmap, objectId, filters: filtersFor(cmap) });
    this.internals.write('endobj');
    return objectId;
  }
}
