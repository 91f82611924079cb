import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HarmonyError } from '../../src/adapter/errors.js';
import { DEFAULT_REPORT_FILENAME } from '../../src/adapter/types.js';
import type { Conversation, Insight } from '../../src/adapter/types.js';
import type { FontLoader } from '../../src/report/index.js';
import { renderReportPdf } from '../../src/report/index.js';
import { nodeFontLoader, renderReportPdfInNode } from '../../src/report/node.js';
import {
  globalKickoff,
  MULTI_SCRIPT_NAMES,
  TRANSCRIPT_ONLY_SENTENCE,
  weeklySync,
  withActionItems,
} from '../fixtures/report/conversations.js';
import { normalize, readPdf } from '../fixtures/report/read-pdf.js';

const where = { locale: 'en-GB', timeZone: 'Europe/Berlin' };

async function render(conversation: Conversation, insights: readonly Insight[], options = {}) {
  const { bytes } = await renderReportPdfInNode(conversation, insights, { ...where, ...options });
  return readPdf(bytes);
}

function assertInOrder(text: string, parts: string[]): void {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    assert.ok(at >= 0, `"${part}" should follow position ${from} in: ${text.slice(0, 400)}…`);
    from = at + part.length;
  }
}

/** A font loader that records which faces it was asked for. */
function spyLoader(): { loader: FontLoader; files: string[] } {
  const files: string[] = [];
  return {
    files,
    loader: (piece) => {
      files.push(piece.file);
      return nodeFontLoader(piece);
    },
  };
}

describe('report PDF (Node)', () => {
  it('prints title, date, duration, participants, medium and every insight, in order', async () => {
    const pdf = await render(weeklySync.conversation, weeklySync.insights);
    assertInOrder(pdf.text, [
      'CONVERSATION INSIGHTS REPORT',
      'Weekly Sales Sync',
      'DATE Monday, 9 June 2025 at 17:00 CEST',
      'DURATION 47 minutes',
      'PARTICIPANTS Ada Okafor, Ben Hartley, Priya Raman, tom.becker@harmony.example',
      'MEDIUM Zoom',
      'Summary',
      'The team reviewed the Q3 pipeline, which stands at $1.8M weighted.',
      'the team will trial quarterly billing first.',
      'Action items',
      'Send the revised Northwind proposal with the 3-year term option',
      'Owner: Ben Hartley · Due: 11 Jun 2025',
      'Draft the quarterly billing trial terms',
      'Update the pipeline dashboard with the new stage definitions',
      'Owner: Tom Becker',
      'Key points',
      'Weighted Q3 pipeline is $1.8M, up 12% week over week.',
      'Mid-market prospects object to annual upfront billing, not to the price itself.',
      'Risks',
      "Contoso's security review could slip the close into Q4.",
      'Two account executives are out in July, so renewal coverage is thin.',
      'Page 1 of 1',
    ]);
  });

  it('never prints the transcript, even when it rides along on the conversation', async () => {
    const conversation = { ...weeklySync.conversation, transcript: weeklySync.transcript } as Conversation;
    const pdf = await render(conversation, weeklySync.insights);
    assert.ok(pdf.text.includes('Weekly Sales Sync'));
    assert.ok(!pdf.text.includes(TRANSCRIPT_ONLY_SENTENCE));
  });

  it('has a QR code on page 1 that opens the conversation, with the URL printed beside it', async () => {
    const pdf = await render(weeklySync.conversation, weeklySync.insights);
    assert.equal(await pdf.qrOnFirstPage(), weeklySync.conversation.url);
    assertInOrder(pdf.pages[0]!, ['Scan to open this conversation in Harmony', weeklySync.conversation.url]);
  });

  it('names the file and fills in the document properties', async () => {
    const { bytes, filename } = await renderReportPdfInNode(weeklySync.conversation, weeklySync.insights);
    assert.equal(filename, DEFAULT_REPORT_FILENAME);
    assert.equal(new TextDecoder().decode(bytes.subarray(0, 5)), '%PDF-');
    const pdf = await readPdf(bytes);
    assert.equal(pdf.info.Title, 'Weekly Sales Sync');
    assert.equal(pdf.info.Subject, 'Conversation Insights Report');
    assert.equal(pdf.info.Creator, 'Harmony');
    // The catalog (never compressed by jsPDF): the document's language, and its title in the window.
    const catalog = new TextDecoder('latin1').decode(bytes);
    assert.match(catalog, /\/Lang \(en\)/);
    assert.match(catalog, /\/DisplayDocTitle true/);
  });

  it('is A4 by default and Letter on request', async () => {
    const a4 = await render(weeklySync.conversation, []);
    const letter = await render(weeklySync.conversation, [], { pageSize: 'letter' });
    assert.deepEqual(a4.pageSize.map(Math.round), [595, 842]);
    assert.deepEqual(letter.pageSize, [612, 792]);
  });

  it('round-trips names and text in Latin, Greek, Cyrillic, Arabic and CJK', async () => {
    const pdf = await render(globalKickoff.conversation, globalKickoff.insights);
    for (const name of MULTI_SCRIPT_NAMES) assert.ok(pdf.text.includes(name), `${name} in ${pdf.text}`);
    for (const text of [
      globalKickoff.conversation.title,
      '整理中文知识库的前 50 篇文章',
      'ترجمة قوالب الردود الجاهزة إلى العربية',
      'Настроить автоматическую эскалацию тикетов',
      'Ετοιμασία προγράμματος εκπαίδευσης',
      'الأسئلة المفتوحة',
      'هل نحتاج إلى تغطية في عطلة نهاية الأسبوع؟',
      'Owner: محمد · Due: 18 Jun 2025',
    ]) {
      assert.ok(pdf.text.includes(normalize(text)), `${text} in ${pdf.text}`);
    }
    assert.equal(pdf.info.Title, globalKickoff.conversation.title);
    assert.equal(await pdf.qrOnFirstPage(), globalKickoff.conversation.url);
  });

  it('loads only the Latin pieces of Noto Sans for a Latin-only report, and others only when the text needs them', async () => {
    const latin = spyLoader();
    await renderReportPdf(weeklySync.conversation, weeklySync.insights, { fontLoader: latin.loader });
    assert.deepEqual(latin.files.sort(), ['NotoSans-Bold-latin.ttf', 'NotoSans-Regular-latin.ttf']);

    const arabic = spyLoader();
    await renderReportPdf({ ...weeklySync.conversation, title: 'مراجعة المبيعات' }, [], {
      fontLoader: arabic.loader,
    });
    assert.ok(arabic.files.includes('NotoNaskhArabic-Bold-arabic.ttf'), arabic.files.join());
    assert.ok(!arabic.files.some((file) => file.startsWith('NotoSansSC')));

    const all = spyLoader();
    await renderReportPdf(globalKickoff.conversation, globalKickoff.insights, { fontLoader: all.loader });
    // 全球启动 and 整理中文知识库…: only the pieces holding those characters, never the whole CJK font.
    const cjk = all.files.filter((file) => file.startsWith('NotoSansSC'));
    assert.ok(cjk.length > 0 && cjk.length < 30, cjk.join());
  });

  it('grows page by page with the action items, numbering every page', async () => {
    const few = await render(withActionItems(10).conversation, withActionItems(10).insights);
    const many = await render(withActionItems(300).conversation, withActionItems(300).insights);
    assert.equal(few.pageCount, 1);
    assert.ok(many.pageCount > 5, `${many.pageCount} pages`);
    assert.ok(many.text.includes('Follow up on account number 1 with the renewal offer'));
    assert.ok(many.text.includes('Follow up on account number 300 with the renewal offer'));
    many.pages.forEach((page, index) => assert.ok(page.includes(`Page ${index + 1} of ${many.pageCount}`)));
  });

  it('repeats a list heading with "(continued)" on every page the list goes on to', async () => {
    const { conversation, insights } = withActionItems(120);
    const pdf = await render(
      conversation,
      insights.filter((insight) => insight.type === 'action-items'),
    );
    assert.ok(pdf.pageCount > 2, `${pdf.pageCount} pages`);
    pdf.pages.slice(1).forEach((page, index) => {
      assert.ok(page.startsWith('Action items (continued)'), `page ${index + 2}: ${page.slice(0, 80)}`);
    });
    assert.ok(!pdf.pages[0]!.includes('(continued)'));
  });

  it('never leaves a heading alone at the bottom of a page', async () => {
    const insights: Insight[] = Array.from({ length: 40 }, (_, index) => ({
      id: `i${index}`,
      type: 'custom',
      title: `Topic ${index + 1}`,
      items: Array.from({ length: 1 + (index % 4) }, (_, item) => ({
        text: `Point ${item + 1} of topic ${index + 1}`,
      })),
    }));
    const pdf = await render(weeklySync.conversation, insights);
    assert.ok(pdf.pageCount > 2);
    const headingSize = 13.5;
    pdf.items.slice(0, -1).forEach((items, page) => {
      const body = items.filter((item) => !/^Page \d+ of \d+$/.test(item.text) && item.size > 8);
      const last = body.reduce((lowest, item) => (item.y < lowest.y ? item : lowest));
      assert.notEqual(last.size, headingSize, `page ${page + 1} ends with the heading "${last.text}"`);
    });
  });

  describe('bad input never throws', () => {
    it('reports an empty conversation as such', async () => {
      const pdf = await render({} as Conversation, undefined as unknown as Insight[]);
      for (const text of [
        'Untitled conversation',
        'No participants listed',
        'No insights are available for this conversation yet.',
        'No link to this conversation was provided.',
      ]) {
        assert.ok(pdf.text.includes(text), text);
      }
      assert.equal(await pdf.qrOnFirstPage(), undefined);
    });

    it('wraps a 10,000-character insight, even one without spaces', async () => {
      const words = Array.from({ length: 1000 }, (_, index) => `word${index}`).join(' ');
      const unbroken = 'x'.repeat(10_000);
      const pdf = await render(weeklySync.conversation, [
        { id: 'w', type: 'summary', title: 'Summary', text: words },
        { id: 'u', type: 'custom', title: 'Unbroken', text: unbroken },
      ]);
      assert.ok(pdf.text.includes('word0 word1') && pdf.text.includes('word998 word999'));
      // Each page the paragraph goes on to starts with its heading again, "(continued)", and ends with the footer.
      const body = pdf.pages
        .map((page) => page.replace(/^Unbroken \(continued\)/, '').replace(/Page \d+ of \d+.*$/, ''))
        .join('');
      assert.ok(body.replace(/\s/g, '').includes(unbroken));
    });

    it('paginates 5,000 action items', async () => {
      const { conversation, insights } = withActionItems(5000);
      const pdf = await render(conversation, insights);
      assert.ok(pdf.pageCount > 100, `${pdf.pageCount} pages`);
      assert.ok(pdf.text.includes('Follow up on account number 5000 with the renewal offer'));
    });

    it('drops control characters and bidi overrides from titles, and keeps the words and emoji', async () => {
      const title = 'Launch\u0000 🚀 review\u202e\u0007 ✅ for 👩🏽‍💻 team 🇸🇪';
      const pdf = await render({ ...weeklySync.conversation, title }, []);
      assert.ok(pdf.pages[0]!.includes(normalize('Launch 🚀 review ✅ for 👩🏽‍💻 team 🇸🇪')), pdf.pages[0]);
      assert.ok(!/[\p{Cc}\u202e]/u.test(pdf.text));
    });

    it('prints a URL too long for a QR code as a link only', async () => {
      const url = `https://harmony.example/conversations/weekly-sync?context=${'a1b2c3d4'.repeat(400)}`;
      const pdf = await render({ ...weeklySync.conversation, url }, weeklySync.insights);
      assert.equal(await pdf.qrOnFirstPage(), undefined);
      assert.ok(pdf.text.includes('Open this conversation in Harmony'));
      assert.ok(pdf.text.replace(/\s/g, '').includes(url));
    });

    it('accepts a locale and time zone that do not exist', async () => {
      const pdf = await render(weeklySync.conversation, [], {
        locale: 'not a locale!!',
        timeZone: 'Mars/Base',
      });
      assert.ok(pdf.text.includes('9 June 2025') || pdf.text.includes('June 9, 2025'), pdf.text);
    });
  });

  describe('failures', () => {
    it('turns a font that cannot be read into a HarmonyError', async () => {
      const corrupt: FontLoader = async () => new Uint8Array([0, 1, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8]);
      await assert.rejects(
        renderReportPdf(weeklySync.conversation, [], { fontLoader: corrupt }),
        (error) => error instanceof HarmonyError && error.code === 'unsupported',
      );
    });

    it('refuses a CFF-based font, which jsPDF would embed as blank text', async () => {
      const cff: FontLoader = async () => new TextEncoder().encode('OTTO and the rest of a font');
      await assert.rejects(
        renderReportPdf(weeklySync.conversation, [], { fontLoader: cff }),
        (error) => error instanceof HarmonyError && error.code === 'unsupported' && /CFF/.test(error.message),
      );
    });

    it("passes a font loader's HarmonyError through unchanged", async () => {
      const offline: FontLoader = async () => {
        throw new HarmonyError('network', 'offline');
      };
      await assert.rejects(
        renderReportPdf(weeklySync.conversation, [], { fontLoader: offline }),
        (error) => error instanceof HarmonyError && error.code === 'network',
      );
    });

    it('rejects with aborted when the caller has given up', async () => {
      const controller = new AbortController();
      controller.abort();
      await assert.rejects(
        renderReportPdfInNode(weeklySync.conversation, [], { signal: controller.signal }),
        (error) => error instanceof HarmonyError && error.code === 'aborted',
      );
    });
  });
});
