// One list of the report's sections and one judgement of a requested list, shared by the share dialog,
// the in-memory backend and the reference server, so all three refuse the same requests in the same words.
import type { ReportSection } from './types.js';

/** Every section a report may hold, in the order it prints them. */
export const REPORT_SECTIONS: readonly ReportSection[] = ['summary', 'action-items', 'key-points', 'custom'];

export function isReportSection(value: unknown): value is ReportSection {
  return (REPORT_SECTIONS as readonly unknown[]).includes(value);
}

/** A requested name, quoted for a message: a hostile or huge value never comes back whole. */
function quoted(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/**
 * Why a requested list of sections cannot be served, in words a developer acts on; `undefined` when it
 * can. Refused: an empty list (a report of nothing is never what was meant), a name that is not a
 * section — the transcript above all, which no report holds — and a name given twice.
 */
export function reportSectionsProblem(sections: readonly unknown[]): string | undefined {
  if (sections.length === 0) return 'No section is named; name at least one.';
  const seen = new Set<unknown>();
  for (const section of sections) {
    if (section === 'transcript') {
      return 'The report never includes the transcript; share a link or read the transcript from the API instead.';
    }
    if (!isReportSection(section)) return `${quoted(section)} is not a section of the report.`;
    if (seen.has(section)) return `${quoted(section)} is named more than once.`;
    seen.add(section);
  }
  return undefined;
}

/** `sections` in the order the report prints them, whatever order they were given in. */
export function inReportOrder(sections: Iterable<ReportSection>): ReportSection[] {
  const chosen = new Set(sections);
  return REPORT_SECTIONS.filter((section) => chosen.has(section));
}
