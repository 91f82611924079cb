import type { jsPDF } from 'jspdf';
import type { ShapingFont } from '../fonts/shaping-font.js';
import { glyphPath } from '../fonts/shaping-font.js';
import { internalsOf, num } from './internals.js';
import type { PdfInternals } from './internals.js';

/** Bold drawn by stroking the outline, for families that ship one weight: the stroke, in em. */
const SYNTHETIC_BOLD_STROKE = 0.035;

interface GlyphObject {
  name: string;
  content: string;
  bbox: number[];
  objectId?: number;
}

/**
 * Every glyph a document draws, as one Form XObject each (in font units),
 * written once and placed with `Do` wherever the glyph appears. Glyphs are
 * outlines, not text: the words a reader copies come from the text layer.
 */
export class GlyphObjects {
  private readonly objects = new Map<ShapingFont, Map<number, GlyphObject | null>>();
  private count = 0;
  private readonly internals: PdfInternals;

  constructor(doc: jsPDF) {
    this.internals = internalsOf(doc);
    this.internals.events.subscribe('putResources', () => this.writeObjects());
    this.internals.events.subscribe('putXobjectDict', () => {
      for (const object of this.all()) {
        if (object.objectId) this.internals.write(`/${object.name} ${object.objectId} 0 R`);
      }
    });
  }

  /** The XObject name of a glyph, or undefined when it has no outline (a space). */
  nameOf(font: ShapingFont, glyph: number, syntheticBold: boolean): string | undefined {
    let ofFont = this.objects.get(font);
    if (!ofFont) this.objects.set(font, (ofFont = new Map()));
    const key = glyph * 2 + (syntheticBold ? 1 : 0);
    let object = ofFont.get(key);
    if (object === undefined) {
      const path = glyphPath(font, glyph);
      if (!path) object = null;
      else {
        const stroke = syntheticBold ? SYNTHETIC_BOLD_STROKE * font.upem : 0;
        const extents = font.font.glyphExtents(glyph);
        const pad = stroke + 2;
        const bbox = extents
          ? [
              extents.xBearing - pad,
              extents.yBearing + extents.height - pad,
              extents.xBearing + extents.width + pad,
              extents.yBearing + pad,
            ]
          : [-font.upem, -font.upem, 2 * font.upem, 2 * font.upem];
        const content = syntheticBold ? `${num(stroke)} w 1 j\n${path}\nB` : `${path}\nf`;
        object = { name: `Hg${++this.count}`, content, bbox };
      }
      ofFont.set(key, object);
    }
    return object?.name;
  }

  private *all(): Generator<GlyphObject> {
    for (const ofFont of this.objects.values())
      for (const object of ofFont.values()) if (object) yield object;
  }

  private writeObjects(): void {
    for (const object of this.all()) {
      object.objectId = this.internals.newObject();
      this.internals.putStream({
        data: object.content,
        objectId: object.objectId,
        // A glyph is a few hundred bytes: compressing each on its own costs more time than it saves space.
        filters: [],
        additionalKeyValues: [
          { key: 'Type', value: '/XObject' },
          { key: 'Subtype', value: '/Form' },
          { key: 'BBox', value: `[${object.bbox.map(num).join(' ')}]` },
        ],
      });
      this.internals.write('endobj');
    }
  }
}
