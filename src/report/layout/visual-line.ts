import { visualOrder } from '../text/bidi.js';
import type { Glyph, GlyphRun, ShapedText } from '../text/shape.js';
import type { LayerChar } from '../pdf/text-layer.js';

/** A run's share of one line, placed: its glyphs in display order from `x`, in points. */
export interface PlacedPart {
  run: GlyphRun;
  from: number;
  to: number;
  level: number;
  x: number;
  width: number;
  glyphs: Glyph[];
  /** The characters it covers, in display order, with the width each covers (thousandths of the size). */
  chars: LayerChar[];
}

/** One text-layer chunk: characters of one bidi level, in the order extraction tools expect. */
export interface LayerChunk {
  x: number;
  rtl: boolean;
  chars: LayerChar[];
}

function nextCluster(shaped: ShapedText, cluster: number, to: number): number {
  let next = cluster + 1;
  while (next < to && !shaped.clusterStart[next]) next += 1;
  return next;
}

/** Lays a line's runs out in display order from x (points), with the text each glyph cluster stands for. */
export function placeLine(
  shaped: ShapedText,
  start: number,
  end: number,
  x: number,
  size: number,
  spacing: number,
): PlacedPart[] {
  const parts = shaped.runs
    .filter((run) => run.start < end && run.end > start)
    .map((run) => ({ run, from: Math.max(run.start, start), to: Math.min(run.end, end), level: run.level }));
  let cursor = x;
  return visualOrder(parts).map((part) => {
    const glyphs = part.run.glyphs.filter((glyph) => glyph.cluster >= part.from && glyph.cluster < part.to);
    const chars: LayerChar[] = [];
    const rtl = part.level % 2 === 1;
    const left = cursor;
    for (let i = 0; i < glyphs.length;) {
      const cluster = glyphs[i]!.cluster;
      let width = 0;
      while (i < glyphs.length && glyphs[i]!.cluster === cluster) width += glyphs[i++]!.advance;
      width = width * size + spacing;
      cursor += width;
      const end = nextCluster(shaped, cluster, part.to);
      const code = shaped.text.codePointAt(cluster)!;
      if (end - cluster === (code > 0xffff ? 2 : 1)) {
        // The common case, one character per cluster, without the arrays below.
        chars.push({ char: String.fromCodePoint(code), width: (width / size) * 1000 });
        continue;
      }
      const text = Array.from(shaped.text.slice(cluster, end));
      const share = ((width / size) * 1000) / text.length;
      // Extraction tools reverse right-to-left text they find in display order: give it to them that way.
      for (const char of rtl ? text.reverse() : text) chars.push({ char, width: share });
    }
    return { ...part, x: left, width: cursor - left, glyphs, chars };
  });
}

/**
 * The text layer of a placed line: runs in reading (logical) order, each
 * level's stretch as a chunk at its place on the page. Chunks of one
 * direction each, so a viewer's bidi guess never mixes two of them.
 */
export function layerChunks(parts: readonly PlacedPart[]): LayerChunk[] {
  const logical = [...parts].sort((a, b) => a.from - b.from);
  const chunks: { level: number; parts: PlacedPart[] }[] = [];
  for (const part of logical) {
    const last = chunks.at(-1);
    if (last && last.level === part.level) last.parts.push(part);
    else chunks.push({ level: part.level, parts: [part] });
  }
  return chunks.map(({ level, parts: members }) => {
    const byPosition = [...members].sort((a, b) => a.x - b.x);
    return { x: byPosition[0]!.x, rtl: level % 2 === 1, chars: byPosition.flatMap((part) => part.chars) };
  });
}
