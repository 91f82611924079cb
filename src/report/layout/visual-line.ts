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
  const parts: { run: GlyphRun; from: number; to: number; level: number }[] = [];
  for (const run of shaped.runs) {
    if (run.start < end && run.end > start)
      parts.push({ run, from: Math.max(run.start, start), to: Math.min(run.end, end), level: run.level });
  }
  let cursor = x;
  // Most lines are left-to-right through and through: their runs are already in display order.
  const ordered = parts.some((part) => part.level > 0) ? visualOrder(parts) : parts;
  const placed: PlacedPart[] = [];
  for (const part of ordered) {
    const { run, from, to } = part;
    let glyphs = run.glyphs;
    if (from > run.start || to < run.end) {
      glyphs = [];
      for (const glyph of run.glyphs) if (glyph.cluster >= from && glyph.cluster < to) glyphs.push(glyph);
    }
    const chars: LayerChar[] = [];
    const rtl = part.level % 2 === 1;
    const left = cursor;
    for (let i = 0; i < glyphs.length;) {
      const cluster = glyphs[i]!.cluster;
      let width = 0;
      while (i < glyphs.length && glyphs[i]!.cluster === cluster) width += glyphs[i++]!.advance;
      width = width * size + spacing;
      cursor += width;
      const end = nextCluster(shaped, cluster, to);
      const code = shaped.text.codePointAt(cluster)!;
      if (end - cluster === (code > 0xffff ? 2 : 1)) {
        // The common case, one character per cluster, without the arrays below.
        const char = code > 0xffff ? String.fromCodePoint(code) : shaped.text[cluster]!;
        chars.push({ char, width: (width / size) * 1000 });
        continue;
      }
      const text = Array.from(shaped.text.slice(cluster, end));
      const share = ((width / size) * 1000) / text.length;
      // Extraction tools reverse right-to-left text they find in display order: give it to them that way.
      for (const char of rtl ? text.reverse() : text) chars.push({ char, width: share });
    }
    placed.push({ ...part, x: left, width: cursor - left, glyphs, chars });
  }
  return placed;
}

/**
 * The text layer of a placed line: runs in reading (logical) order, each
 * level's stretch as a chunk at its place on the page. Chunks of one
 * direction each, so a viewer's bidi guess never mixes two of them.
 */
export function layerChunks(parts: readonly PlacedPart[]): LayerChunk[] {
  if (parts.length === 1) {
    const [part] = parts as [PlacedPart];
    return [{ x: part.x, rtl: part.level % 2 === 1, chars: part.chars }];
  }
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
