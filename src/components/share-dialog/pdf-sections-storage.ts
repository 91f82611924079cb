import { inReportOrder, isReportSection, REPORT_SECTIONS } from '../../adapter/report-sections.js';
import type { ReportSection } from '../../adapter/types.js';

/** One key for the whole choice, shared by every share dialog of the origin. */
export const PDF_SECTIONS_KEY = 'harmony-share:pdf-sections';

/** Storage can be missing or refuse access (blocked cookies, sandboxed frames): then nothing is remembered. */
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The parts of the report this browser last chose, in report order; every part when nothing usable is
 * stored. Names this version does not know (a newer one may have written them) are skipped; a stored
 * value that names no known part is garbage, and the report falls back to all of it.
 */
export function loadPdfSections(): ReportSection[] {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(PDF_SECTIONS_KEY) ?? 'null');
    const known = Array.isArray(parsed) ? inReportOrder(parsed.filter(isReportSection)) : [];
    return known.length > 0 ? known : [...REPORT_SECTIONS];
  } catch {
    return [...REPORT_SECTIONS];
  }
}

/**
 * Remembers a choice. Every part is the default, so it forgets instead; an empty choice is not kept,
 * since a report of nothing is never what someone wants the next time.
 */
export function savePdfSections(sections: readonly ReportSection[]): void {
  if (sections.length === 0) return;
  try {
    if (sections.length >= REPORT_SECTIONS.length) storage()?.removeItem(PDF_SECTIONS_KEY);
    else storage()?.setItem(PDF_SECTIONS_KEY, JSON.stringify(inReportOrder(sections)));
  } catch {
    // Full or refused storage: the choice still holds for this dialog, it just is not remembered.
  }
}
