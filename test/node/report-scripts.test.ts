import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import type { Conversation } from '../../src/adapter/types.js';
import { renderReportPdfInNode } from '../../src/report/node.js';
import { assignPieces } from '../../src/report/text/assign.js';
import { weeklySync } from '../fixtures/report/conversations.js';
import { normalize, readPdf } from '../fixtures/report/read-pdf.js';
import { SCRIPT_CASES } from '../fixtures/report/scripts.js';

const where = { locale: 'en-GB', timeZone: 'Europe/Berlin' };
/** The title's line on page 1: below the eyebrow, above the facts (points from the top). */
const TITLE_BAND = [74, 102] as const;

function conversationOf(title: string, participants: string[]): Conversation {
  return { ...weeklySync.conversation, title, participants: participants.map((name) => ({ name })) };
}

describe('report PDF, every script (Node)', () => {
  for (const { script, title, participants } of SCRIPT_CASES) {
    it(`${script}: title and participants come back from the PDF's text, and are drawn`, async () => {
      const { bytes } = await renderReportPdfInNode(conversationOf(title, participants), [], where);
      // Set HARMONY_REPORT_SAMPLES to a folder to look at the PDFs (pdftoppm -png).
      if (process.env.HARMONY_REPORT_SAMPLES) {
        await writeFile(`${process.env.HARMONY_REPORT_SAMPLES}/${script.replace(/\W/g, '-')}.pdf`, bytes);
      }
      const pdf = await readPdf(bytes);
      assert.ok(pdf.text.includes(normalize(title)), `title "${title}" in: ${pdf.text}`);
      const names = pdf.pages[0]!.match(/PARTICIPANTS (.*?) MEDIUM/)?.[1];
      assert.equal(names, normalize(participants.join(', ')));
      assert.equal(pdf.info.Title, title);
      const ink = await pdf.inkOnFirstPage(...TITLE_BAND);
      assert.ok(ink > 0.01, `the title line has ink (${ink})`);
    });
  }

  it('has a font for every character of every name: none is left to the placeholder', () => {
    for (const { script, title, participants } of SCRIPT_CASES) {
      for (const text of [title, ...participants]) {
        for (const weight of ['regular', 'bold'] as const) {
          const missing = assignPieces(text, weight).filter((span) => !span.piece);
          assert.deepEqual(
            missing.map((span) => text.slice(span.start, span.end)),
            [],
            `${script}: ${text}`,
          );
        }
      }
    }
  });

  it('stores no presentation forms and no reordered text: Arabic is searchable as typed', async () => {
    const { bytes } = await renderReportPdfInNode(conversationOf('مراجعة محمد', ['محمد']), [], where);
    const pdf = await readPdf(bytes);
    assert.ok(!/[\ufb50-\ufdff\ufe70-\ufeff]/u.test(pdf.text), pdf.text);
    assert.ok(pdf.text.includes('مراجعة محمد'));
  });
});

describe('report PDF, text no font has (Node)', () => {
  const cases: [string, string][] = [
    ['unassigned code points', '\u{e0fff}\u{10fff0}\u0378\u0379'],
    ['a lone surrogate', 'Ada \ud800 Okafor'],
    ['10,000 combining marks', `a${'\u0301'.repeat(10_000)}`],
    ['a 5,000-character title', 'W'.repeat(5000)],
  ];
  for (const [what, text] of cases) {
    it(`makes a readable PDF from ${what}, with ink where nothing can be drawn`, async () => {
      const conversation = conversationOf(text, [text, 'Ada Okafor']);
      const { bytes } = await renderReportPdfInNode(conversation, weeklySync.insights, where);
      const pdf = await readPdf(bytes);
      assert.ok(pdf.text.includes('Ada Okafor'));
      assert.ok(pdf.text.includes('Send the revised Northwind proposal'));
      assert.ok((await pdf.inkOnFirstPage(...TITLE_BAND)) > 0.005);
    });
  }

  it('keeps an unassigned character in the text layer and never draws "�"', async () => {
    const { bytes } = await renderReportPdfInNode(conversationOf('Plan \u0378 B', ['Ada']), [], where);
    const pdf = await readPdf(bytes);
    assert.ok(pdf.text.includes('Plan \u0378 B'), pdf.text);
    assert.ok(!pdf.text.includes('\ufffd'));
  });
});
