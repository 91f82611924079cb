import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { setAssetBase, setClientReport } from '../../src/base/report-assets.js';
import { endReportWorkers } from '../../src/report/browser.js';
import type { HarmonyErrorEvent, HarmonyPdfReadyEvent } from '../../src/events/events.js';
import { mountShareDialog, part, stopDownloads, titleLoaded } from './support/share-dialog-harness.js';

const serverPdf = new Blob(['%PDF-1.7 server report'], { type: 'application/pdf' });

async function sharePdf(dialog: HTMLElement): Promise<HarmonyErrorEvent | HarmonyPdfReadyEvent> {
  const outcome = Promise.race([oneEvent(dialog, 'harmony-error'), oneEvent(dialog, 'harmony-pdf-ready')]);
  part(dialog as never, 'pdf-button')!.click();
  return outcome;
}

describe('where the browser-side report finds its files', () => {
  afterEach(() => {
    setAssetBase(undefined);
    setClientReport(undefined);
    document.querySelector('meta[name^="harmony-"]')?.remove();
    endReportWorkers();
  });

  it('a base URL that answers 404 gives harmony-error naming the URL that failed', async () => {
    setAssetBase('/no-such-folder/');
    const { dialog } = await mountShareDialog();
    stopDownloads(dialog);
    await titleLoaded(dialog);
    const outcome = (await sharePdf(dialog)) as HarmonyErrorEvent;
    expect(outcome.type).to.equal('harmony-error');
    expect(outcome.detail.action).to.equal('pdf');
    expect(outcome.detail.message).to.contain(`${location.origin}/no-such-folder/dist/report/fonts/pieces/`);
    await waitUntil(() => part(dialog, 'error')!.textContent!.trim() !== '');
  });

  it('with that base, the server path still works: nothing is fetched from it', async () => {
    setAssetBase('/no-such-folder/');
    const { dialog, adapter } = await mountShareDialog();
    stopDownloads(dialog);
    adapter.put({ conversation: await adapter.getConversation('weekly-sync'), report: serverPdf });
    await titleLoaded(dialog);
    const outcome = (await sharePdf(dialog)) as HarmonyPdfReadyEvent;
    expect(outcome.type).to.equal('harmony-pdf-ready');
    expect(outcome.detail.source).to.equal('server');
  });

  it('a base set by meta tag is used as setAssetBase would be', async () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'harmony-asset-base' });
    meta.content = '/meta-folder';
    document.head.append(meta);
    const { dialog } = await mountShareDialog();
    stopDownloads(dialog);
    await titleLoaded(dialog);
    const outcome = (await sharePdf(dialog)) as HarmonyErrorEvent;
    expect(outcome.detail.message).to.contain(`${location.origin}/meta-folder/dist/report/fonts/pieces/`);
  });

  for (const [how, turnOff] of [
    ['setClientReport(false)', () => setClientReport(false)],
    [
      '<meta name="harmony-client-pdf" content="off">',
      () => {
        const meta = Object.assign(document.createElement('meta'), { name: 'harmony-client-pdf' });
        meta.content = 'off';
        document.head.append(meta);
      },
    ],
  ] as const) {
    it(`${how} turns the browser-side report off: the server's failure is what the user hears`, async () => {
      turnOff();
      const { dialog, adapter } = await mountShareDialog();
      stopDownloads(dialog);
      await titleLoaded(dialog);
      const outcome = (await sharePdf(dialog)) as HarmonyErrorEvent;
      expect(outcome.type).to.equal('harmony-error');
      expect(outcome.detail.code).to.equal('unsupported');
      expect(outcome.detail.message).to.contain('makes none itself');
      expect(adapter.calls.map((call) => call.method)).not.to.include('getInsights');
    });
  }
});
