import type { Composer } from './composer.js';
import { baseline, fromRight } from './composer.js';
import { COLOR, MARGIN, TYPE } from './theme.js';
import { fill } from './words/index.js';

const numbers = new Map<string, Intl.NumberFormat>();

/** Page numbers in the digits of the reader's locale (a well-formed tag), without grouping. */
export function pageNumber(locale: string, value: number): string {
  let format = numbers.get(locale);
  if (!format) numbers.set(locale, (format = new Intl.NumberFormat(locale, { useGrouping: false })));
  return format.format(value);
}

/**
 * Writes "Page X of Y" and the report's name on every page. Drawn after the
 * body, when the page count is known. The counter stands at the end of the
 * line: on the right, or on the left in a right-to-left report.
 */
export function drawFooters(c: Composer, title: string, pageHeight: number): void {
  const pageCount = c.doc.getNumberOfPages();
  const top = pageHeight - MARGIN.bottom + 24;
  const ruleTop = top - 6;
  const { words } = c;
  const name = `${words.reportName} · ${title}`;
  const rtl = fromRight(c);
  for (let page = 1; page <= pageCount; page += 1) {
    c.doc.setPage(page);
    // The footer is pagination, not content: a screen reader does not read it on every page.
    c.structure.mark('footer', () => {
      c.doc.setDrawColor(COLOR.rule);
      c.doc.setLineWidth(0.5);
      c.doc.line(c.left, ruleTop, c.left + c.width, ruleTop);
    });
    const label = fill(words.page, {
      page: pageNumber(c.locale, page),
      count: pageNumber(c.locale, pageCount),
    });
    const counter = c.typesetter.wrap(label, TYPE.footer, c.width)[0];
    const counterWidth = counter?.width ?? 0;
    const y = top + baseline(TYPE.footer);
    if (counter) {
      const counterLeft = rtl ? c.left : c.left + c.width - counterWidth;
      c.typesetter.draw(counter, TYPE.footer, counterLeft, y, counterWidth, 'footer');
    }
    const nameWidth = c.width - counterWidth - 24;
    const nameLine = c.typesetter.truncate(name, TYPE.footer, nameWidth);
    // Set against the report's start edge whatever the title's direction, so it never runs into the counter.
    if (nameLine) {
      const nameLeft = rtl ? c.left + c.width - nameWidth : c.left;
      c.typesetter.draw(nameLine, TYPE.footer, nameLeft, y, nameWidth, 'footer', rtl ? 'right' : 'left');
    }
  }
}
