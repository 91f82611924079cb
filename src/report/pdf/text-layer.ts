import type { jsPDF } from 'jspdf';
import { TEXT_LAYER_FONT } from '../fonts/pieces.js';
import { filtersFor, fontRegistryOf, internalsOf, num } from './internals.js';
import type { PdfFontEntry, PdfInternals } from './internals.js';

/** One character of the text layer and the width it covers, in thousandths of the text size. */
export interface LayerChar {
  char: string;
  width: number;
}

/** Two font resources with one program: viewers start a new text chunk at a font change, so runs of
 *  each direction come out as chunks of their own and are put in reading order one by one. */
const NAMES = { ltr: 'HarmonyTextLayer', rtl: 'HarmonyTextLayerRtl' } as const;
/** Their resource names, beside jsPDF's F1… and the glyph fonts' G1…. */
const RESOURCES = { ltr: 'TL', rtl: 'TLR' } as const;

let fontBinary: string | undefined;

/**
 * Each byte of a two-byte code as it stands in a literal string: half the size
 * of hex. Parentheses and the backslash are escaped, and so are the line-end
 * bytes, which a reader would otherwise turn into a single '\n'.
 */
const CODE_BYTE = Array.from({ length: 256 }, (_, byte) => {
  if (byte === 0x28 || byte === 0x29 || byte === 0x5c) return `\\${String.fromCharCode(byte)}`;
  if (byte === 0x0a) return '\\n';
  if (byte === 0x0d) return '\\r';
  return String.fromCharCode(byte);
});

const utf16Hex = (text: string) =>
  Array.from({ length: text.length }, (_, i) => text.charCodeAt(i).toString(16).padStart(4, '0')).join('');

/**
 * The invisible text layer (render mode 3) that carries the report's words in
 * Unicode, over the glyphs drawn as outlines. Each character gets a CID of a
 * font with no visible glyphs whose ToUnicode map gives the character back, and
 * whose width is the width the character covers on the page, so search hits
 * and selections fall on the drawn words.
 */
export class TextLayer {
  private readonly cids = new Map<string | number, number>();
  private readonly chars = new Map<number, string>();
  private readonly widths = new Map<number, number>();
  private next = 0;
  private readonly internals: PdfInternals;
  private shared?: { descendant: number };
  private readonly fontIds: Partial<Record<'ltr' | 'rtl', string>> = {};
  private readonly registry: Record<string, PdfFontEntry>;

  constructor(doc: jsPDF) {
    this.internals = internalsOf(doc);
    this.registry = fontRegistryOf(doc);
    fontBinary ??= atob(TEXT_LAYER_FONT);
    this.internals.events.subscribe('putFont', (({ font }: { font: PdfFontEntry }) => {
      if (font.id === this.fontIds.ltr || font.id === this.fontIds.rtl) this.putFont(font);
    }) as (...args: never[]) => void);
  }

  /**
   * The font resource of a direction, added on first use. It joins jsPDF's
   * fonts directly: jsPDF's addFont would parse the font file at each report,
   * only for this class to write the font's objects itself.
   */
  private fontId(direction: 'ltr' | 'rtl'): string {
    let id = this.fontIds[direction];
    if (!id) {
      id = this.fontIds[direction] = RESOURCES[direction];
      this.registry[id] = { id };
    }
    return id;
  }

  /** Writes characters (in the order a reader's tool should see them) from x, on the baseline at y (from the top). */
  write(chars: readonly LayerChar[], x: number, y: number, size: number, direction: 'ltr' | 'rtl'): void {
    if (chars.length === 0) return;
    let codes = '';
    for (const { char, width } of chars) {
      const cid = this.cid(char, width);
      codes += CODE_BYTE[cid >> 8]! + CODE_BYTE[cid & 0xff]!;
    }
    const baseline = this.internals.pageSize.getHeight() - y;
    // Mode 3 draws nothing; set back to 0 before ET, since the mode outlives the text object.
    this.internals.write(
      `BT /${this.fontId(direction)} ${num(size)} Tf 3 Tr ${num(x)} ${num(baseline)} Td (${codes}) Tj 0 Tr ET`,
    );
  }

  private cid(char: string, width: number): number {
    const rounded = Math.round(width);
    // A number for the common case (one code point, a width under 2^20 thousandths): no string per character.
    const code = char.codePointAt(0) ?? 0;
    const key =
      char.length === (code > 0xffff ? 2 : 1) && rounded >= 0 && rounded < 0x100000
        ? code * 0x100000 + rounded
        : `${char}\u0000${rounded}`;
    let cid = this.cids.get(key);
    if (cid === undefined) {
      // Two bytes per code: past 65,535 distinct (character, width) pairs, a character keeps its first width.
      cid = this.next < 0xffff ? ++this.next : (this.cids.get(char) ?? 0);
      if (!this.chars.has(cid)) {
        this.chars.set(cid, char);
        this.widths.set(cid, rounded);
        if (!this.cids.has(char)) this.cids.set(char, cid);
      }
      this.cids.set(key, cid);
    }
    return cid;
  }

  private putFont(font: PdfFontEntry): void {
    const { internals } = this;
    this.shared ??= { descendant: this.putDescendant() };
    const toUnicode = internals.newObject();
    const cmap = this.toUnicodeCMap();
    internals.putStream({ data: cmap, objectId: toUnicode, filters: filtersFor(cmap) });
    internals.write('endobj');
    font.objectNumber = internals.newObject();
    internals.write(
      `<< /Type /Font /Subtype /Type0 /BaseFont /${NAMES.ltr} /Encoding /Identity-H`,
      `/DescendantFonts [${this.shared.descendant} 0 R] /ToUnicode ${toUnicode} 0 R >>`,
    );
    internals.write('endobj');
    font.isAlreadyPutted = true;
  }

  private putDescendant(): number {
    const { internals } = this;
    const program = internals.newObject();
    internals.putStream({
      data: fontBinary!,
      objectId: program,
      filters: filtersFor(fontBinary!),
      additionalKeyValues: [{ key: 'Length1', value: fontBinary!.length }],
    });
    internals.write('endobj');
    const descriptor = internals.newObject();
    internals.write(
      `<< /Type /FontDescriptor /FontName /${NAMES.ltr} /Flags 4 /FontBBox [0 -300 1000 1000]`,
      `/ItalicAngle 0 /Ascent 1000 /Descent -300 /CapHeight 700 /StemV 80 /FontFile2 ${program} 0 R >>`,
    );
    internals.write('endobj');
    // Every CID shows glyph 1, the space: nothing is drawn, whatever a viewer does with mode 3.
    const map = internals.newObject();
    const cidToGid = '\u0000\u0001'.repeat(this.next + 1);
    internals.putStream({ data: cidToGid, objectId: map, filters: filtersFor(cidToGid) });
    internals.write('endobj');
    const widths = [...this.widths].map(([cid, width]) => `${cid} [${num(width)}]`).join(' ');
    const descendant = internals.newObject();
    internals.write(
      `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${NAMES.ltr}`,
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>',
      `/FontDescriptor ${descriptor} 0 R /DW 0 /W [${widths}] /CIDToGIDMap ${map} 0 R >>`,
    );
    internals.write('endobj');
    return descendant;
  }

  private toUnicodeCMap(): string {
    const entries = [...this.chars].map(
      ([cid, char]) => `<${cid.toString(16).padStart(4, '0')}> <${utf16Hex(char)}>`,
    );
    const blocks: string[] = [];
    for (let i = 0; i < entries.length; i += 100) {
      const block = entries.slice(i, i + 100);
      blocks.push(`${block.length} beginbfchar`, ...block, 'endbfchar');
    }
    return [
      '/CIDInit /ProcSet findresource begin',
      '12 dict begin',
      'begincmap',
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
      '/CMapName /Adobe-Identity-UCS def',
      '/CMapType 2 def',
      '1 begincodespacerange',
      '<0000> <ffff>',
      'endcodespacerange',
      ...blocks,
      'endcmap',
      'CMapName currentdict /CMap defineresource pop',
      'end',
      'end',
    ].join('\n');
  }
}
