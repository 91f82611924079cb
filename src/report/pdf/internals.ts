import type { jsPDF } from 'jspdf';

/** The parts of jsPDF's `internal` object its plugins use, which its typings leave out. */
export interface PdfInternals {
  write(...parts: string[]): void;
  newObject(): number;
  putStream(options: {
    data: string;
    objectId: number;
    filters?: string[];
    additionalKeyValues?: { key: string; value: string | number }[];
  }): void;
  events: { subscribe(topic: string, handler: (...args: never[]) => void): void };
  pageSize: { getHeight(): number };
}

export const internalsOf = (doc: jsPDF) => doc.internal as unknown as PdfInternals;

/** A number as PDF writes it: at most two decimals, no trailing zeros. */
export const num = (value: number): string => String(Math.round(value * 100) / 100);
