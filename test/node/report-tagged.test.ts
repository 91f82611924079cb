import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import type { Conversation, Insight } from '../../src/adapter/types.js';
import { renderReportPdfInNode } from '../../src/report/node.js';
import {
  globalKickoff,
  MULTI_SCRIPT_NAMES,
  weeklySync,
  withActionItems,
} from '../fixtures/report/conversations.js';
import { readPdf } from '../fixtures/report/read-pdf.js';
import { readAloud, readStructure, walk } from '../fixtures/report/read-structure.js';
import type { StructNode } from '../fixtures/report/read-structure.js';

const run = promisify(execFile);
const where = { locale: 'en-GB', timeZone: 'Europe/Berlin' };

async function render(conversation: Conversation, insights: readonly Insight[], options = {}) {
  return (await renderReportPdfInNode(conversation, insights, { ...where, ...options })).bytes;
}

const byRole = (nodes: readonly StructNode[], role: string) =>
  [...walk(nodes)].filter((node) => node.role === role);

const occurrences = (text: string, part: string) => text.split(part).length - 1;

/** Poppler, as installed with the system's PDF tools; the checks that use it are skipped without it. */
const poppler = await run('pdfinfo', ['-v']).then(
  () => true,
  () => false,
);

describe('tagged report PDF (Node)', () => {
  let folder: string;
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'harmony-tagged-'));
  });
  after(() => rm(folder, { recursive: true, force: true }));

  /** Poppler's reading of a file: its structure tree, any complaint about the file, and its text. */
  async function readWithPoppler(bytes: Uint8Array) {
    const file = join(folder, `report-${Math.random().toString(36).slice(2)}.pdf`);
    await writeFile(file, bytes);
    const options = { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 } as const;
    const info = await run('pdfinfo', ['-struct', file], options);
    const text = await run('pdftotext', [file, '-'], options);
    return { tree: info.stdout, complaints: info.stderr + text.stderr, text: text.stdout };
  }

  it(
    'gives back only the words: the drawn glyphs add no characters of their own to what pdf.js or pdftotext extract',
    { skip: !poppler && 'poppler (pdfinfo, pdftotext) is not installed' },
    async () => {
      const bytes = await render(globalKickoff.conversation, globalKickoff.insights);
      // The glyph fonts' codes stand for U+200B, hidden by an empty /ActualText: neither may leak out.
      const stray = /\u200b|(?![\t\n\f\r])\p{Cc}/u;
      const { rawText } = await readPdf(bytes);
      assert.doesNotMatch(rawText, stray, 'pdf.js');
      const { text } = await readWithPoppler(bytes);
      assert.doesNotMatch(text, stray, 'pdftotext');
      for (const name of MULTI_SCRIPT_NAMES) {
        assert.ok(rawText.includes(name), `pdf.js: ${name}`);
        assert.ok(text.includes(name), `pdftotext: ${name}`);
      }
    },
  );

  it("is marked as tagged, in the report's language, titled with the conversation's title", async () => {
    const pdf = await readStructure(await render(weeklySync.conversation, weeklySync.insights));
    assert.equal(pdf.marked, true);
    assert.equal(pdf.language, 'en-GB');
    assert.equal(pdf.title, 'Weekly Sales Sync');
    assert.equal(pdf.xmpTitle, 'Weekly Sales Sync');

    const german = await readStructure(await render(weeklySync.conversation, [], { locale: 'de-DE' }));
    assert.equal(german.language, 'de-DE');
    // Any script, and characters XML would otherwise take for markup.
    const title = 'Q3 <review> & «planning» · 全球启动 · مراجعة';
    const titled = await readStructure(await render({ ...weeklySync.conversation, title }, []));
    assert.equal(titled.title, title);
    assert.equal(titled.xmpTitle, title);
    const nonsense = await readStructure(
      await render(weeklySync.conversation, [], { locale: 'not a locale!!' }),
    );
    assert.equal(nonsense.language, 'en');
  });

  it('reads as a document: the title as H1, a heading per insight, an item per action item', async () => {
    const { pages } = await readStructure(await render(weeklySync.conversation, weeklySync.insights));
    const tree = pages[0]!.tree;
    assert.deepEqual(
      tree.map((node) => node.role),
      ['Document'],
    );
    assert.deepEqual(
      byRole(tree, 'H1').map((node) => node.text),
      ['Weekly Sales Sync'],
    );
    assert.deepEqual(
      byRole(tree, 'H2').map((node) => node.text),
      ['Summary', 'Action items', 'Key points', 'Risks'],
    );
    const actions = byRole(tree, 'Sect').find((section) => section.children[0]?.text === 'Action items')!;
    const items = byRole([actions], 'LI');
    assert.equal(byRole([actions], 'L').length, 1);
    assert.deepEqual(items.map(readAloud), [
      'Send the revised Northwind proposal with the 3-year term option Owner: Ben Hartley · Due: 11 Jun 2025',
      'Draft the quarterly billing trial terms Owner: Priya Raman · Due: 13 Jun 2025',
      'Update the pipeline dashboard with the new stage definitions Owner: Tom Becker',
    ]);
    // Label and value of each fact stay paired for a screen reader: a row header and its cell.
    const rows = byRole(tree, 'TR').map((row) => row.children.map((cell) => `${cell.role} ${cell.text}`));
    assert.deepEqual(rows[0], ['TH DATE', 'TD Monday, 9 June 2025 at 17:00 CEST']);
    assert.equal(rows.length, 4);
  });

  it('reads a title too long for the page whole, though it is printed ellipsized', async () => {
    const title = Array.from({ length: 80 }, (_, index) => `Quarterly planning topic ${index + 1}`).join(' ');
    const { pages } = await readStructure(await render({ ...weeklySync.conversation, title }, []));
    const [heading] = byRole(pages[0]!.tree, 'H1');
    assert.ok(heading!.text.endsWith('…'), heading!.text);
    assert.ok(!heading!.text.includes('topic 80'));
    assert.equal(heading!.alt, title);
  });

  it('describes the QR code in words and keeps the printed link a link', async () => {
    const url = weeklySync.conversation.url!;
    const { pages } = await readStructure(await render(weeklySync.conversation, weeklySync.insights));
    const [figure, ...others] = byRole(pages[0]!.tree, 'Figure');
    assert.equal(others.length, 0);
    assert.match(figure!.alt ?? '', /^QR code: link to this conversation in Harmony/);
    assert.ok(figure!.alt!.includes(url), figure!.alt);
    assert.deepEqual(
      byRole(pages[0]!.tree, 'Link').map((link) => link.text),
      [url],
    );
    // Both the code and the printed URL open the conversation.
    assert.deepEqual(pages[0]!.links, [url, url]);
  });

  it('tags every word once: content in elements, the footer as an artifact, nothing left out', async () => {
    const bytes = await render(weeklySync.conversation, weeklySync.insights);
    const { pages } = await readStructure(bytes);
    const [page] = pages;
    assert.deepEqual(page!.untagged, []);
    assert.deepEqual(page!.artifacts.sort(), [
      'Conversation Insights Report · Weekly Sales Sync',
      'Page 1 of 1',
    ]);
    const spoken = readAloud(page!.tree[0]!);
    const text = (await readPdf(bytes)).text;
    for (const phrase of [
      'Weekly Sales Sync',
      'Send the revised Northwind proposal with the 3-year term option',
      "Contoso's security review could slip the close into Q4.",
      'Scan to open this conversation in Harmony',
    ]) {
      assert.equal(occurrences(spoken, phrase), 1, `read aloud once: ${phrase}`);
    }
    for (const phrase of ['Send the revised Northwind proposal', 'Only people signed in to Harmony']) {
      assert.equal(occurrences(text, phrase), 1, `extracted once: ${phrase}`);
    }
  });

  it('keeps 1,000 action items one list across pages, its repeated heading a running header', async () => {
    const { conversation, insights } = withActionItems(1000);
    const bytes = await render(conversation, insights);
    const { pages } = await readStructure(bytes);
    assert.ok(pages.length > 10, `${pages.length} pages`);
    let items = 0;
    pages.forEach((page, index) => {
      assert.deepEqual(page.untagged, [], `page ${index + 1}`);
      // pdf.js gives a page the elements its content belongs to, whole: the same list of all items on each.
      const lists = byRole(page.tree, 'L');
      assert.equal(lists.length, 1, `page ${index + 1}`);
      assert.equal(lists[0]!.children.filter((item) => item.role === 'LI').length, 1000);
      items += lists[0]!.children.filter((item) => readAloud(item)).length;
      if (index === 0) return;
      assert.deepEqual(byRole(page.tree, 'H2'), [], `page ${index + 1} has no second heading`);
      assert.ok(page.artifacts.includes('Action items (continued)'), `page ${index + 1}`);
    });
    assert.equal(items, 1000);
    const last = byRole(pages.at(-1)!.tree, 'LI')
      .filter((item) => readAloud(item))
      .at(-1)!;
    assert.match(readAloud(last), /^Follow up on account number 1000 with the renewal offer/);
  });

  it("is tagged in the reader's language: German alternate text, Arabic sections each a heading", async () => {
    // Insights without titles of their own, so the headings are the report's words in the language.
    const untitled = weeklySync.insights.map((insight) =>
      insight.type === 'custom' ? insight : { ...insight, title: '' },
    ) as Insight[];
    const german = await readStructure(await render(weeklySync.conversation, untitled, { locale: 'de' }));
    const germanTree = german.pages[0]!.tree;
    assert.equal(german.language, 'de');
    assert.deepEqual(
      byRole(germanTree, 'H1').map((node) => node.text),
      ['Weekly Sales Sync'],
    );
    const [figure] = byRole(germanTree, 'Figure');
    assert.match(figure!.alt ?? '', /^QR-Code: Link zu diesem Gespräch in Harmony/);
    assert.ok(figure!.alt!.includes(weeklySync.conversation.url!), figure!.alt);
    assert.deepEqual(
      byRole(germanTree, 'H2').map((node) => node.text),
      ['Zusammenfassung', 'Aufgaben', 'Kernpunkte', 'Risks'],
    );

    const arabic = await readStructure(await render(weeklySync.conversation, untitled, { locale: 'ar' }));
    assert.equal(arabic.marked, true);
    assert.equal(arabic.language, 'ar');
    const arabicTree = arabic.pages[0]!.tree;
    assert.deepEqual(
      byRole(arabicTree, 'H2').map((node) => node.text),
      ['الملخص', 'المهام', 'النقاط الرئيسية', 'Risks'],
    );
    assert.equal(byRole(arabicTree, 'Sect').length, 4);
    assert.match(byRole(arabicTree, 'Figure')[0]!.alt ?? '', /^رمز QR: رابط إلى هذه المحادثة في Harmony/);
    const items = untitled.reduce((sum, insight) => sum + (insight.items?.length ?? 0), 0);
    assert.equal(byRole(arabicTree, 'LI').length, items);
    for (const [index, page] of arabic.pages.entries())
      assert.deepEqual(page.untagged, [], `page ${index + 1}`);
  });

  it(
    'is one list of 1,000 items in the whole structure tree, well formed, each item extracted once, as poppler reads it',
    {
      skip: !poppler && 'poppler (pdfinfo, pdftotext) is not installed',
    },
    async () => {
      const { conversation, insights } = withActionItems(1000);
      const { tree, complaints, text } = await readWithPoppler(await render(conversation, insights));
      assert.equal(complaints, '');
      assert.equal(tree.match(/^\s+L\b/gm)?.length, 1, tree.slice(0, 600));
      assert.equal(tree.match(/^\s+LI\b/gm)?.length, 1000);
      assert.equal(tree.match(/^\s+H2\b/gm)?.length, 1);
      for (const number of [1, 7, 500, 1000]) {
        assert.equal(occurrences(text, `account number ${number} with`), 1, `item ${number}`);
      }
    },
  );
});
