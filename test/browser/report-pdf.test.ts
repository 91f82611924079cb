import { expect } from '@open-wc/testing';
import { HarmonyError } from '../../src/adapter/errors.js';
import type { Conversation } from '../../src/adapter/types.js';
import { renderReportInBrowser, endReportWorkers, reportFilename } from '../../src/report/browser.js';
import type { BrowserRenderOptions } from '../../src/report/browser.js';
import {
  globalKickoff,
  MULTI_SCRIPT_NAMES,
  TRANSCRIPT_ONLY_SENTENCE,
  weeklySync,
} from '../fixtures/report/conversations.js';
import { normalize, readPdf } from '../fixtures/report/read-pdf-browser.js';

// The dev server compiles TypeScript on request; a build ships worker.js beside browser.js instead.
const workerUrl = new URL('../../src/report/worker.ts', import.meta.url);
const where = { locale: 'en-GB', timeZone: 'Europe/Berlin' };
const RealWorker = globalThis.Worker;

/**
 * Counts, for one test, the workers started from a script and the answers
 * they sent (pdf.js starts workers of its own, which are not counted).
 */
function watchWorkers(script: URL): { started: number; answered: number } {
  const seen = { started: 0, answered: 0 };
  globalThis.Worker = class extends RealWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      if (String(url) !== script.href) return;
      seen.started += 1;
      this.addEventListener('message', () => (seen.answered += 1));
    }
  };
  return seen;
}

async function assertWeeklySync(blob: Blob): Promise<void> {
  expect(blob.type).to.equal('application/pdf');
  const pdf = await readPdf(blob);
  for (const text of [
    'Weekly Sales Sync',
    'Monday, 9 June 2025',
    '17:00',
    '47 minutes',
    ...weeklySync.conversation.participants.map((p) => p.name || p.email!),
    'Zoom',
    ...weeklySync.insights.flatMap((insight) => [
      insight.title,
      ...(insight.text?.split('\n').filter(Boolean) ?? []),
      ...(insight.items ?? []).map((item) => item.text),
    ]),
    'Owner: Ben Hartley · Due: 11 Jun 2025',
  ]) {
    expect(pdf.text, text).to.include(normalize(text));
  }
  expect(pdf.text).not.to.include(TRANSCRIPT_ONLY_SENTENCE);
  expect(pdf.info.Title).to.equal('Weekly Sales Sync');
  expect(await pdf.qrOnFirstPage()).to.equal(weeklySync.conversation.url);
}

function render(conversation: Conversation, options: BrowserRenderOptions) {
  const withTranscript = { ...conversation, transcript: weeklySync.transcript } as Conversation;
  return renderReportInBrowser(withTranscript, weeklySync.insights, { ...where, ...options });
}

describe('renderReportInBrowser', function () {
  // The first render downloads jsPDF and the fonts; the CJK font alone is 10 MB.
  this.timeout(60_000);

  afterEach(() => {
    globalThis.Worker = RealWorker;
    endReportWorkers();
  });

  it('renders on the main thread: text, date, insights and a QR code that opens the conversation', async () => {
    const workers = watchWorkers(workerUrl);
    await assertWeeklySync(await render(weeklySync.conversation, { worker: 'never', workerUrl }));
    expect(workers.started).to.equal(0);
  });

  it('renders in a module worker when one can start', async () => {
    const workers = watchWorkers(workerUrl);
    await assertWeeklySync(await render(weeklySync.conversation, { workerUrl }));
    expect(workers).to.deep.equal({ started: 1, answered: 1 });
  });

  it('renders consecutive reports in one worker, and starts another after the first has ended', async () => {
    const workers = watchWorkers(workerUrl);
    await assertWeeklySync(await render(weeklySync.conversation, { workerUrl }));
    await assertWeeklySync(await render(weeklySync.conversation, { workerUrl }));
    expect(workers).to.deep.equal({ started: 1, answered: 2 });
    endReportWorkers();
    await assertWeeklySync(await render(weeklySync.conversation, { workerUrl }));
    expect(workers).to.deep.equal({ started: 2, answered: 3 });
  });

  it('falls back to the main thread when the page may not start workers', async () => {
    globalThis.Worker = class {
      constructor() {
        throw new DOMException('Refused to create a worker: Content Security Policy', 'SecurityError');
      }
    } as unknown as typeof Worker;
    await assertWeeklySync(await render(weeklySync.conversation, { workerUrl }));
  });

  it('falls back to the main thread when the worker script cannot load', async () => {
    const missing = new URL('./no-such-report-worker.js', import.meta.url);
    const workers = watchWorkers(missing);
    await assertWeeklySync(await render(weeklySync.conversation, { workerUrl: missing }));
    expect(workers).to.deep.equal({ started: 1, answered: 0 });
  });

  it('round-trips Latin, Greek, Cyrillic, Arabic and CJK text from a worker', async () => {
    const blob = await renderReportInBrowser(globalKickoff.conversation, globalKickoff.insights, {
      ...where,
      workerUrl,
    });
    const pdf = await readPdf(blob);
    for (const text of [
      ...MULTI_SCRIPT_NAMES,
      globalKickoff.conversation.title,
      '整理中文知识库的前 50 篇文章',
      'ترجمة قوالب الردود الجاهزة إلى العربية',
    ]) {
      expect(pdf.text, text).to.include(normalize(text));
    }
    expect(await pdf.qrOnFirstPage()).to.equal(globalKickoff.conversation.url);
  });

  it('writes the report in the locale’s language from a worker, and names its file so', async () => {
    const workers = watchWorkers(workerUrl);
    for (const [locale, words] of [
      ['de-DE', ['GESPRÄCHSBERICHT MIT ERKENNTNISSEN', 'TEILNEHMER', 'Verantwortlich: Ben Hartley']],
      ['ar', ['تقرير رؤى المحادثة', 'المشاركون', 'الرؤى']],
    ] as const) {
      const pdf = await readPdf(await render(weeklySync.conversation, { locale, workerUrl }));
      for (const text of words) expect(pdf.text, `${locale}: ${text}`).to.include(normalize(text));
      expect(pdf.text).not.to.include('PARTICIPANTS');
    }
    expect(workers.answered).to.equal(2);
    expect(reportFilename('de-DE')).to.equal('Gesprächsbericht mit Erkenntnissen.pdf');
    expect(reportFilename('en-GB')).to.equal('Conversation Insights Report.pdf');
  });

  it('rejects with a HarmonyError when aborted', async () => {
    const controller = new AbortController();
    const rendering = render(weeklySync.conversation, { workerUrl, signal: controller.signal });
    controller.abort();
    const error = await rendering.then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).to.be.instanceOf(HarmonyError);
    expect((error as HarmonyError).code).to.equal('aborted');
  });
});
