import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { HarmonyError, type HarmonyErrorCode } from '../../src/adapter/errors.js';
import type { HarmonyPdfReadyEvent } from '../../src/events/events.js';
import { readPdf } from '../fixtures/report/read-pdf-browser.js';
import {
  captureDownloads,
  mountShareDialog,
  part,
  text,
  titleLoaded,
} from './support/share-dialog-harness.js';

const serverPdf = new Blob(['%PDF-1.7 server report'], { type: 'application/pdf' });

describe('<harmony-share-dialog> Share PDF', () => {
  it('downloads the server report, says so while it works, and makes one file per click burst', async () => {
    const { dialog, adapter } = await mountShareDialog({ adapter: { latency: { downloadReport: 150 } } });
    adapter.put({
      ...(await adapter.getConversation('weekly-sync').then((conversation) => ({ conversation }))),
      report: serverPdf,
    });
    await titleLoaded(dialog);
    const downloads = captureDownloads(dialog);
    const started = oneEvent(dialog, 'harmony-pdf-start');
    const ready = oneEvent(dialog, 'harmony-pdf-ready') as Promise<HarmonyPdfReadyEvent>;
    const button = part(dialog, 'pdf-button')!;
    button.click();
    await started;
    await dialog.updateComplete;
    button.click();
    expect(text(dialog, 'pdf-button')).to.equal('Generating PDF…');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(dialog.matches(':state(pending)')).to.equal(true);
    await waitUntil(
      () => dialog.shadowRoot!.querySelector('[role="status"]')!.textContent === 'Generating PDF…',
    );

    expect((await ready).detail).to.include({
      source: 'server',
      filename: 'Conversation Insights Report.pdf',
    });
    await waitUntil(() => downloads.length === 1);
    expect(downloads[0]!.filename).to.equal('Conversation Insights Report.pdf');
    expect(await downloads[0]!.blob.text()).to.equal('%PDF-1.7 server report');
    expect(adapter.calls.filter((call) => call.method === 'downloadReport')).to.have.length(1);
    expect(text(dialog, 'pdf-button')).to.equal('Share PDF');
    expect(part(dialog, 'pdf-result')?.textContent ?? '').not.to.contain('made in your browser');
    await expect(dialog).to.be.accessible();
  });

  const fallbackCodes: HarmonyErrorCode[] = ['unsupported', 'unavailable', 'timeout', 'invalid-response'];
  for (const code of fallbackCodes) {
    it(`makes the same report in the browser when the server fails with '${code}'`, async () => {
      const { dialog, adapter } = await mountShareDialog({ adapter: { failures: { downloadReport: code } } });
      await titleLoaded(dialog);
      const downloads = captureDownloads(dialog);
      const ready = oneEvent(dialog, 'harmony-pdf-ready') as Promise<HarmonyPdfReadyEvent>;
      part(dialog, 'pdf-button')!.click();
      expect((await ready).detail.source).to.equal('client');
      await waitUntil(() => downloads.length === 1, 'no download', { timeout: 10000 });
      expect(downloads[0]!.filename).to.equal('Conversation Insights Report.pdf');
      const pdf = await readPdf(downloads[0]!.blob);
      expect(pdf.text).to.contain('Weekly sync: Q3 launch readiness');
      expect(pdf.text).to.contain('Send the revised launch plan');
      expect(pdf.text).not.to.contain('Let us start with the launch date.');
      expect(await pdf.qrOnFirstPage()).to.equal('https://harmony.example/conversations/weekly-sync');
      expect(text(dialog, 'pdf-result')).to.contain('made in your browser');
      expect(adapter.calls.filter((call) => call.method === 'downloadReport')).to.have.length(1);
    });
  }

  it('makes the report in the browser when the adapter has no server report at all', async () => {
    const { dialog, adapter } = await mountShareDialog();
    (adapter as { downloadReport?: unknown }).downloadReport = undefined;
    await titleLoaded(dialog);
    const ready = oneEvent(dialog, 'harmony-pdf-ready') as Promise<HarmonyPdfReadyEvent>;
    part(dialog, 'pdf-button')!.click();
    expect((await ready).detail.source).to.equal('client');
  });

  const refusalCodes: HarmonyErrorCode[] = ['unauthenticated', 'forbidden', 'not-found', 'not-ready'];
  for (const code of refusalCodes) {
    it(`never makes the report in the browser when the server refuses with '${code}'`, async () => {
      const { dialog, adapter } = await mountShareDialog({ adapter: { failures: { downloadReport: code } } });
      await titleLoaded(dialog);
      const downloads = captureDownloads(dialog);
      let ready = false;
      dialog.addEventListener('harmony-pdf-ready', () => (ready = true));
      const failed = oneEvent(dialog, 'harmony-error');
      part(dialog, 'pdf-button')!.click();
      expect((await failed).detail).to.include({ code, action: 'pdf' });
      const alert = dialog.shadowRoot!.querySelector('[role="alert"]')!;
      await waitUntil(() => alert.textContent!.trim());
      expect(ready).to.equal(false);
      expect(downloads).to.have.length(0);
      expect(adapter.calls.map((call) => call.method)).not.to.include('getInsights');
      // Try again only where asking again can help.
      expect(!!part(dialog, 'retry-button')).to.equal(code !== 'forbidden' && code !== 'not-found');
    });
  }

  it('retries a failed PDF from the error message', async () => {
    const { dialog, adapter } = await mountShareDialog();
    adapter.put({
      ...(await adapter.getConversation('weekly-sync').then((conversation) => ({ conversation }))),
      report: serverPdf,
    });
    await titleLoaded(dialog);
    adapter.failNext('downloadReport', 'unauthenticated');
    const failed = oneEvent(dialog, 'harmony-error');
    part(dialog, 'pdf-button')!.click();
    await failed;
    await dialog.updateComplete;
    const ready = oneEvent(dialog, 'harmony-pdf-ready');
    part(dialog, 'retry-button')!.click();
    expect((await ready).detail.source).to.equal('server');
  });

  it('reports a renderer failure in the browser as an error the user can retry', async () => {
    const { dialog, adapter } = await mountShareDialog({
      adapter: { failures: { downloadReport: 'unavailable' } },
    });
    await titleLoaded(dialog);
    adapter.getInsights = async () => {
      throw new HarmonyError('network', 'offline');
    };
    const failed = oneEvent(dialog, 'harmony-error');
    part(dialog, 'pdf-button')!.click();
    expect((await failed).detail).to.include({ code: 'network', action: 'pdf' });
  });
});

describe('<harmony-share-dialog> where downloads are blocked', () => {
  it('offers an Open PDF link inside a sandboxed iframe without allow-downloads', async () => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin');
    frame.style.cssText = 'width: 800px; height: 700px';
    const base = location.origin;
    // The dev server rewrites the dialog's imports to .ts URLs; importing the same URLs here gives the frame
    // one instance of each module (one default adapter), as a real page would have.
    frame.srcdoc = `<!doctype html><body>
      <harmony-share-dialog conversation-id="weekly-sync"></harmony-share-dialog>
      <script type="module">
        import '${base}/src/components/share-dialog/define.ts';
        import { MemoryAdapter } from '${base}/src/adapter/memory-adapter.ts';
        import { setDefaultAdapter } from '${base}/src/adapter/default-adapter.ts';
        import { sampleConversations } from '${base}/test/fixtures/sample-conversations.ts';
        const adapter = new MemoryAdapter({ conversations: sampleConversations() });
        const { conversation } = sampleConversations()[0];
        adapter.put({ conversation, report: new Blob(['%PDF-1.7 framed'], { type: 'application/pdf' }) });
        setDefaultAdapter(adapter);
        document.querySelector('harmony-share-dialog').show();
        window.ready = true;
      </script></body>`;
    document.body.append(frame);
    try {
      await waitUntil(
        () => (frame.contentWindow as Window & { ready?: boolean })?.ready,
        'frame never loaded',
        {
          timeout: 8000,
        },
      );
      const dialog = frame.contentDocument!.querySelector('harmony-share-dialog')!;
      await waitUntil(
        () =>
          dialog.shadowRoot?.querySelector('[part~="pdf-button"]')?.getAttribute('aria-disabled') === 'false',
      );
      dialog.shadowRoot!.querySelector<HTMLElement>('[part~="pdf-button"]')!.click();
      await waitUntil(() => dialog.shadowRoot!.querySelector('[part~="pdf-result"] a'), 'no Open PDF link');
      const link = dialog.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="pdf-result"] a')!;
      expect(link.textContent).to.equal('Open PDF');
      expect(link.href).to.match(/^blob:/);
      expect(await (await fetch(link.href)).text()).to.equal('%PDF-1.7 framed');
      expect(dialog.shadowRoot!.querySelector('[part~="pdf-result"]')!.textContent).to.contain(
        'blocked the download',
      );
    } finally {
      frame.remove();
    }
  });
});
