import type { Composer } from './composer.js';
import { baseline } from './composer.js';
import { REPORT_TEXT } from './model.js';
import { COLOR, MARGIN, TYPE } from './theme.js';

/**
 * Writes "Page X of Y" and the report's name on every page. Drawn after the
 * body, when the page count is known.
 */
export function drawFooters(c: Composer, title: string, pageHeight: number): void {
  const pageCount = c.doc.getNumberOfPages();
  const top = pageHeight - MARGIN.bottom + 24;
  const ruleTop = top - 6;
  const name = `${REPORT_TEXT.reportName} · ${title}`;
  for (let page = 1; page <= pageCount; page += 1) {
    c.doc.setPage(page);
    // The footer is pagination, not content: a screen reader does not read it on every page.
    c.structure.mark('footer', () => {
      c.doc.setDrawColor(COLOR.rule);
      c.doc.setLineWidth(0.5);
      c.doc.line(c.left, ruleTop, c.left + c.width, ruleTop);
    });
    const counter = c.typesetter.wrap(`Page ${page} of ${pageCount}`, TYPE.footer, c.width)[0];
    const counterWidth = counter?.width ?? 0;
    if (counter) {
      c.typesetter.draw(
        counter,
        TYPE.footer,
        c.left + c.width - counterWidth,
        top + baseline(TYPE.footer),
        counterWidth,
        'footer',
      );
    }
    const nameWidth = c.width - counterWidth - 24;
    const nameLine = c.typesetter.truncate(name, TYPE.footer, nameWidth);
    // Set left even when the title is right-to-left, so it never runs into the counter.
    if (nameLine)
      c.typesetter.draw(
        nameLine,
        TYPE.footer,
        c.left,
        top + baseline(TYPE.footer),
        nameWidth,
        'footer',
        'left',
      );
  }
}
