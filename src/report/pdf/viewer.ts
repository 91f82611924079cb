import type { jsPDF } from 'jspdf';
import { internalsOf } from './internals.js';

/**
 * Viewers title the window with the document's title, not its file name, as
 * PDF/UA asks. Written into the catalog here: jsPDF's viewerPreferences()
 * builds its table of every preference at each document, for this one entry.
 */
export function showTitleInWindow(doc: jsPDF): void {
  const internals = internalsOf(doc);
  internals.events.subscribe('putCatalog', () =>
    internals.write('/ViewerPreferences << /DisplayDocTitle true >>'),
  );
}
