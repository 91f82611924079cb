import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import {
  focused,
  mountShareDialog,
  part,
  stopDownloads,
  text,
  titleLoaded,
} from './support/share-dialog-harness.js';
import type { HarmonyShareDialog } from '../../src/components/share-dialog/share-dialog.js';

const serverPdf = new Blob(['%PDF-1.7 server report'], { type: 'application/pdf' });

/** Whether an element is on screen inside the viewport: a user can see it without scrolling sideways. */
function expectWithinViewport(element: Element, width: number): void {
  const box = element.getBoundingClientRect();
  expect(box.width, 'rendered').to.be.greaterThan(0);
  expect(box.left).to.be.at.least(0);
  expect(box.right).to.be.at.most(width);
}

const statusText = (dialog: HarmonyShareDialog) =>
  dialog.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

describe('<harmony-share-dialog> visible results', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  describe('accessibility', () => {
    it('says on screen that the server report was downloaded, and still announces it', async () => {
      const { dialog, adapter } = await mountShareDialog();
      const record = { conversation: await adapter.getConversation('weekly-sync'), report: serverPdf };
      adapter.put(record);
      await titleLoaded(dialog);
      stopDownloads(dialog);
      expect(part(dialog, 'pdf-result')).to.equal(null);
      const ready = oneEvent(dialog, 'harmony-pdf-ready');
      part(dialog, 'pdf-button')!.click();
      await ready;
      await waitUntil(() => part(dialog, 'pdf-result'));
      expect(text(dialog, 'pdf-result')).to.equal(
        'Downloaded Conversation Insights Report.pdf. Find it in your downloads.',
      );
      expect(text(dialog, 'pdf-result')).not.to.contain('browser');
      // On screen, not in a live region: the status region speaks it once.
      expect(part(dialog, 'pdf-result')!.closest('[role="status"], [role="alert"], [aria-live]')).to.equal(
        null,
      );
      await waitUntil(() => statusText(dialog) === 'Conversation Insights Report.pdf is downloading.');
      await expect(dialog).to.be.accessible();
    });

    it('says the report was made in the browser when the server could not make it', async () => {
      const { dialog } = await mountShareDialog({ adapter: { failures: { downloadReport: 'unavailable' } } });
      await titleLoaded(dialog);
      stopDownloads(dialog);
      part(dialog, 'pdf-button')!.click();
      await waitUntil(() => part(dialog, 'pdf-result'), 'no result line', { timeout: 8000 });
      expect(text(dialog, 'pdf-result')).to.contain('Downloaded Conversation Insights Report.pdf.');
      expect(text(dialog, 'pdf-result')).to.contain('made in your browser');
      expect(part(dialog, 'error')!.textContent!.trim()).to.equal('');
    });

    it('says a revoked link no longer works and offers a new one, with focus on it', async () => {
      const { dialog, adapter } = await mountShareDialog();
      await titleLoaded(dialog);
      const created = oneEvent(dialog, 'harmony-link-created');
      part(dialog, 'link-button')!.click();
      const first = (await created).detail.link;
      await waitUntil(() => part(dialog, 'revoke-button'));
      part(dialog, 'revoke-button')!.click();
      await waitUntil(() => part(dialog, 'revoke-confirm-button'));
      part(dialog, 'revoke-confirm-button')!.click();
      await waitUntil(() => part(dialog, 'link-result'));
      expect(text(dialog, 'link-result')).to.equal(
        'Link revoked: it no longer works for anyone who has it. Generate a new link',
      );
      expect(part(dialog, 'link-field')).to.equal(null);
      expect(focused(dialog)).to.equal(part(dialog, 'new-link-button'));
      await waitUntil(() => statusText(dialog).includes('revoked'));
      await expect(dialog).to.be.accessible();

      const again = oneEvent(dialog, 'harmony-link-created');
      part(dialog, 'new-link-button')!.click();
      const second = (await again).detail.link;
      expect(second.url).not.to.equal(first.url);
      await waitUntil(() => part(dialog, 'link-field'));
      expect(part(dialog, 'link-result')).to.equal(null);
      expect(adapter.calls.filter((c) => c.method === 'createShareLink')).to.have.length(2);
    });
  });

  describe('parts and states', () => {
    for (const width of [320, 375]) {
      it(`shows the results within a ${width} px wide screen`, async () => {
        await setViewport({ width, height: 700 });
        const { dialog, adapter } = await mountShareDialog();
        adapter.put({ conversation: await adapter.getConversation('weekly-sync'), report: serverPdf });
        await titleLoaded(dialog);
        stopDownloads(dialog);
        part(dialog, 'pdf-button')!.click();
        await waitUntil(() => part(dialog, 'pdf-result'));
        expectWithinViewport(part(dialog, 'pdf-result')!, width);
        part(dialog, 'link-button')!.click();
        await waitUntil(() => part(dialog, 'revoke-button'));
        part(dialog, 'revoke-button')!.click();
        await waitUntil(() => part(dialog, 'revoke-confirm-button'));
        part(dialog, 'revoke-confirm-button')!.click();
        await waitUntil(() => part(dialog, 'new-link-button'));
        expectWithinViewport(part(dialog, 'link-result')!, width);
        expectWithinViewport(part(dialog, 'new-link-button')!, width);
      });
    }
  });
});
