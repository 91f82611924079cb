// Static: this module is itself reached only lazily, through the renderer.
import { create } from './deps/qrcode.js';

/** A rectangle in QR modules: column, row, width and height. */
export interface ModuleRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A QR symbol as filled rectangles, so the PDF draws it as vector paths instead of an image. */
export interface QrSymbol {
  /** Modules per side, without the quiet zone. */
  size: number;
  rects: ModuleRect[];
}

/**
 * The densest symbol the report prints. At the printed size a version-12 code
 * (65 modules) still has modules of about 0.45 mm, which phone cameras read
 * from paper; longer URLs get the printed link only.
 */
export const MAX_QR_MODULES = 65;

/**
 * Merges dark modules into as few rectangles as possible: horizontal runs per
 * row, then identical runs on consecutive rows into one taller rectangle. Fewer
 * paths means a smaller PDF and no hairline seams between modules in viewers.
 */
export function mergeModules(size: number, isDark: (row: number, column: number) => boolean): ModuleRect[] {
  const done: ModuleRect[] = [];
  let open = new Map<string, ModuleRect>();
  for (let row = 0; row < size; row += 1) {
    const stillOpen = new Map<string, ModuleRect>();
    let column = 0;
    while (column < size) {
      if (!isDark(row, column)) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < size && isDark(row, column)) column += 1;
      const key = `${start}:${column - start}`;
      const rect = open.get(key);
      if (rect) {
        rect.height += 1;
        open.delete(key);
        stillOpen.set(key, rect);
      } else {
        stillOpen.set(key, { x: start, y: row, width: column - start, height: 1 });
      }
    }
    done.push(...open.values());
    open = stillOpen;
  }
  return [...done, ...open.values()];
}

/** The QR symbol for a URL, or `undefined` when there is none to make: no URL, or too long to scan. */
export async function qrSymbolFor(url: string): Promise<QrSymbol | undefined> {
  if (!url) return undefined;
  let modules;
  try {
    modules = create(url, { errorCorrectionLevel: 'M' }).modules;
  } catch {
    // qrcode throws when the data exceeds the largest symbol; the link is still printed.
    return undefined;
  }
  if (modules.size > MAX_QR_MODULES) return undefined;
  return {
    size: modules.size,
    rects: mergeModules(modules.size, (row, column) => !!modules.get(row, column)),
  };
}
