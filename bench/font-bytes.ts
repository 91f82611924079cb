/**
 * Font bytes per report (DESIGN.md §6): the pieces a report's text makes the
 * renderer load, summed, as a browser would fetch them (raw .ttf bytes).
 */
import type { Conversation, Insight } from '../src/adapter/types.js';
import { renderReportPdf } from '../src/report/render-pdf.js';
import { nodeFontLoader } from '../src/report/fonts/node-loader.js';
import type { FontLoader } from '../src/report/fonts/loader.js';

export interface FontBytes {
  label: string;
  pieces: string[];
  bytes: number;
}

export async function measureFontBytes(
  label: string,
  conversation: Conversation,
  insights: readonly Insight[],
): Promise<FontBytes> {
  const pieces: string[] = [];
  let bytes = 0;
  // A loader of its own: the per-process cache is kept per loader, so every piece the report needs is read.
  const counting: FontLoader = async (piece) => {
    const data = await nodeFontLoader(piece);
    pieces.push(piece.file);
    bytes += data.byteLength;
    return data;
  };
  await renderReportPdf(conversation, insights, { fontLoader: counting });
  return { label, pieces: pieces.sort(), bytes };
}
