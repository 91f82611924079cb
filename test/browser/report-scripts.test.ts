import { expect } from '@open-wc/testing';
import type { Conversation } from '../../src/adapter/types.js';
import { endReportWorkers, renderReportInBrowser } from '../../src/report/browser.js';
import { weeklySync } from '../fixtures/report/conversations.js';
import { normalize, readPdf } from '../fixtures/report/read-pdf-browser.js';
import { SCRIPT_CASES } from '../fixtures/report/scripts.js';

const workerUrl = new URL('../../src/report/worker.ts', import.meta.url);
/** The title's line on page 1: below the eyebrow, above the facts (points from the top). */
const TITLE_BAND = [74, 102] as const;

describe('renderReportInBrowser, every script', function () {
  // The first report loads HarfBuzz and the font pieces in the worker.
  this.timeout(60_000);

  after(() => endReportWorkers());

  for (const { script, title, participants } of SCRIPT_CASES) {
    it(`${script}: title and participants come back from the PDF's text, and are drawn`, async () => {
      const conversation: Conversation = {
        ...weeklySync.conversation,
        title,
        participants: participants.map((name) => ({ name })),
      };
      const blob = await renderReportInBrowser(conversation, [], {
        locale: 'en-GB',
        timeZone: 'Europe/Berlin',
        workerUrl,
      });
      const pdf = await readPdf(blob);
      expect(pdf.text, title).to.include(normalize(title));
      expect(pdf.pages[0]!.match(/PARTICIPANTS (.*?) MEDIUM/)?.[1]).to.equal(
        normalize(participants.join(', ')),
      );
      expect(await pdf.inkOnFirstPage(...TITLE_BAND)).to.be.greaterThan(0.01);
    });
  }
});
