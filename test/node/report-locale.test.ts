import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Conversation, Insight } from '../../src/adapter/types.js';
import { buildReportModel, reportFilename } from '../../src/report/index.js';
import { renderReportPdfInNode } from '../../src/report/node.js';
import { PAGE_SIZES, MARGIN } from '../../src/report/theme.js';
import { weeklySync } from '../fixtures/report/conversations.js';
import { readPdf } from '../fixtures/report/read-pdf.js';
import type { PdfTextItem } from '../fixtures/report/read-pdf.js';

/** Insights without titles of their own, so the report's default titles show. */
const insights = weeklySync.insights.map((insight) =>
  insight.type === 'custom' ? insight : { ...insight, title: '' },
) as Insight[];
const conversation: Conversation = { ...weeklySync.conversation, medium: 'phone' };

const renders = new Map<string, ReturnType<typeof render>>();
async function render(locale: string, subject = conversation, given = insights) {
  const report = await renderReportPdfInNode(subject, given, { locale, timeZone: 'Europe/Berlin' });
  const latin1 = new TextDecoder('latin1').decode(report.bytes);
  return { ...report, pdf: await readPdf(report.bytes), lang: latin1.match(/\/Lang \(([^)]*)\)/)?.[1] };
}
/** Each locale's report of the weekly sync, rendered once for the tests that read it. */
function reportIn(locale: string) {
  let report = renders.get(locale);
  if (!report) renders.set(locale, (report = render(locale)));
  return report;
}

function assertInOrder(text: string, parts: string[]): void {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    assert.ok(at >= 0, `"${part}" should follow position ${from} in: ${text.slice(0, 600)}…`);
    from = at + part.length;
  }
}

const itemOf = (items: PdfTextItem[], text: string) => {
  const found = items.find((item) => item.text.trim() === text);
  assert.ok(found, `"${text}" among ${items.map((item) => item.text).join(' | ')}`);
  return found;
};
const rightEdge = (item: PdfTextItem) => item.x + item.width;
const page = PAGE_SIZES.a4;

describe('report in the reader’s language (Node)', () => {
  it('German: labels, dates with their time zone, medium, default titles, footer, file name and /Lang', async () => {
    const { pdf, filename, lang } = await reportIn('de');
    assertInOrder(pdf.text, [
      'GESPRÄCHSBERICHT MIT ERKENNTNISSEN',
      'Weekly Sales Sync',
      'DATUM Montag, 9. Juni 2025 um 17:00 MESZ',
      'DAUER 47 Minuten',
      'TEILNEHMER Ada Okafor, Ben Hartley, Priya Raman, tom.becker@harmony.example',
      'MEDIUM Telefon',
      'Scannen, um dieses Gespräch in Harmony zu öffnen',
      'Nur Personen, die bei Harmony angemeldet sind',
      'ERKENNTNISSE',
      'Zusammenfassung',
      'Aufgaben',
      'Verantwortlich: Ben Hartley · Fällig: 11. Juni 2025',
      'Kernpunkte',
      'Risks',
      'Seite 1 von 1',
    ]);
    assert.ok(pdf.text.includes('Gesprächsbericht mit Erkenntnissen · Weekly Sales Sync'), 'footer');
    for (const english of ['PARTICIPANTS', 'Owner:', 'Page 1', 'Scan to open', 'Summary'])
      assert.ok(!pdf.text.includes(english), `no "${english}"`);
    assert.equal(filename, 'Gesprächsbericht mit Erkenntnissen.pdf');
    assert.equal(pdf.info.Subject, 'Gesprächsbericht mit Erkenntnissen');
    assert.equal(lang, 'de');
  });

  it('Japanese: labels, dates, list separator, full-width colons and the page counter', async () => {
    const { pdf, filename, lang } = await reportIn('ja');
    assertInOrder(pdf.text, [
      '会話インサイトレポート',
      '日時 2025年6月9日月曜日 17:00 GMT+2',
      '所要時間 47 分',
      '参加者 Ada Okafor、Ben Hartley、Priya Raman',
      '会議方法 電話',
      'スキャンして Harmony でこの会話を開く',
      'インサイト',
      '要約',
      'アクションアイテム',
      '担当：Ben Hartley · 期限：2025年6月11日',
      '要点',
      '1 / 1 ページ',
    ]);
    assert.equal(filename, '会話インサイトレポート.pdf');
    assert.equal(lang, 'ja');
  });

  it('a heading carried over to the next page says so in the language, as does each page’s counter', async () => {
    const paragraph = '第3四半期の見込み額は180万ドルで、Northwind への提案は水曜日までに送ります。'.repeat(
      6,
    );
    const long: Insight[] = [
      { id: 's', type: 'summary', title: '', text: Array(16).fill(paragraph).join('\n\n') },
    ];
    const { pdf } = await render('ja', conversation, long);
    assert.ok(pdf.pageCount >= 2, `${pdf.pageCount} pages`);
    assert.ok(pdf.pages[1]!.startsWith('要約（続き）'), pdf.pages[1]!.slice(0, 80));
    pdf.pages.forEach((text, index) => assert.ok(text.includes(`${index + 1} / ${pdf.pageCount} ページ`)));
  });

  it('Arabic: the words, in logical order and NFC, with Latin names kept whole', async () => {
    const arabic: Conversation = {
      ...conversation,
      title: 'مراجعة المبيعات مع Contoso',
      participants: [{ name: 'محمد العلي' }, { name: 'Ada Okafor' }, { name: 'سارة' }],
    };
    const { pdf, filename, lang } = await render('ar', arabic, insights);
    assertInOrder(pdf.text, [
      'تقرير رؤى المحادثة',
      'مراجعة المبيعات مع',
      'Contoso',
      'التاريخ',
      'المدة',
      'المشاركون',
      'محمد العلي،',
      'Ada Okafor',
      'سارة',
      'الوسيلة',
      'الهاتف',
      'امسح الرمز لفتح هذه المحادثة في',
      'الرؤى',
      'الملخص',
      'المهام',
      'المسؤول:',
      'Ben Hartley',
      'الموعد النهائي:',
      'النقاط الرئيسية',
      'الصفحة',
    ]);
    const raw = pdf.items.flat().map((item) => item.text);
    for (const text of raw) assert.equal(text, text.normalize('NFC'), `NFC: ${text}`);
    assert.ok(!raw.some((text) => /[\ufb50-\ufdff\ufe70-\ufeff]/u.test(text)), 'no presentation forms');
    assert.ok(raw.includes('سجّل') || pdf.text.includes('سجّل'), 'the shadda stays on its letter');
    assert.equal(filename, 'تقرير رؤى المحادثة.pdf');
    assert.equal(lang, 'ar');
    assert.equal(await pdf.qrOnFirstPage(), conversation.url);
  });

  it('Arabic lays the page out from the right; English from the left', async () => {
    const [en, ar] = [(await reportIn('en')).pdf.items[0]!, (await reportIn('ar')).pdf.items[0]!];
    const right = page.width - MARGIN.side;
    const near = (actual: number, expected: number, what: string) =>
      assert.ok(Math.abs(actual - expected) < 1, `${what}: ${actual} should be near ${expected}`);
    near(itemOf(en, 'DATE').x, MARGIN.side, 'English label');
    near(itemOf(en, 'Weekly Sales Sync').x, MARGIN.side, 'English title');
    for (const label of ['تقرير رؤى المحادثة', 'التاريخ', 'المدة', 'المشاركون', 'الوسيلة', 'الرؤى', 'الملخص'])
      near(rightEdge(itemOf(ar, label)), right, label);
    near(rightEdge(itemOf(ar, 'Weekly Sales Sync')), right, 'title');
    // Values stand left of their labels, against the label column.
    const date = itemOf(ar, 'التاريخ');
    const medium = itemOf(ar, 'الهاتف');
    assert.ok(rightEdge(medium) < date.x, 'the value is left of the label column');
    // List items end where the marker column begins, on the right.
    near(rightEdge(itemOf(ar, 'Draft the quarterly billing trial terms')), right - 18, 'list item');
    // The QR code takes the panel's right side: its caption ends before it.
    const caption = ar.find((item) => item.text.startsWith('امسح الرمز'))!;
    assert.ok(rightEdge(caption) < right - 84, `caption ends at ${rightEdge(caption)}`);
    // The footer: the counter on the left, the report's name on the right.
    const counter = ar.find((item) => item.text.includes('الصفحة'))!;
    const footer = ar.filter((item) => item.y === counter.y);
    near(Math.min(...footer.map((item) => item.x)), MARGIN.side, 'page counter');
    near(Math.max(...footer.map(rightEdge)), right, "report's name");
    assert.ok(counter.x < page.width / 2, 'the counter is on the left half');
  });

  it('Hebrew, with no words of its own, is still laid out from the right', async () => {
    const { pdf } = await render('he', conversation, []);
    const label = itemOf(pdf.items[0]!, 'DATE');
    assert.ok(
      Math.abs(rightEdge(label) - (page.width - MARGIN.side)) < 1,
      `DATE ends at ${rightEdge(label)}`,
    );
  });

  it('chooses words by exact tag, then language, else English', async () => {
    const labels = (locale: string) =>
      buildReportModel(conversation, [], { locale }).facts.map((fact) => fact.label);
    assert.deepEqual(labels('de-AT'), ['Datum', 'Dauer', 'Teilnehmer', 'Medium']);
    assert.deepEqual(labels('ar-EG'), ['التاريخ', 'المدة', 'المشاركون', 'الوسيلة']);
    assert.deepEqual(labels('fr'), ['Date', 'Duration', 'Participants', 'Medium']);
    assert.deepEqual(labels('not a locale!!'), ['Date', 'Duration', 'Participants', 'Medium']);
    assert.equal(reportFilename('de-AT'), 'Gesprächsbericht mit Erkenntnissen.pdf');
    assert.equal(reportFilename('zz'), 'Conversation Insights Report.pdf');
    const austrian = await render('de-AT', conversation, []);
    assert.ok(austrian.pdf.text.includes('TEILNEHMER'));
    assert.equal(austrian.filename, 'Gesprächsbericht mit Erkenntnissen.pdf');
    assert.equal(austrian.lang, 'de-AT');
    const unknown = await render('tlh', conversation, []);
    assert.ok(unknown.pdf.text.includes('PARTICIPANTS'));
    assert.equal(unknown.filename, 'Conversation Insights Report.pdf');
  });

  it('brand names stay as they are; the others are named in the language', () => {
    const medium = (value: string, locale: string) =>
      buildReportModel({ ...conversation, medium: value }, [], { locale }).facts[3]!.value;
    assert.equal(medium('teams', 'de'), 'Microsoft Teams');
    assert.equal(medium('in person', 'de'), 'Vor Ort');
    assert.equal(medium('upload', 'ja'), 'アップロードされた録音');
    assert.equal(medium('Bluejeans', 'ar'), 'Bluejeans');
  });
});
