import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/share-dialog/define.js';
import type { HarmonyShareDialog } from '../../src/components/share-dialog/share-dialog.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { sampleConversations } from '../fixtures/sample-conversations.js';
import { focused, mountShareDialog, part, titleLoaded } from './support/share-dialog-harness.js';

async function confirmingRevoke(dialog: HarmonyShareDialog): Promise<void> {
  await titleLoaded(dialog);
  part(dialog, 'link-button')!.click();
  await waitUntil(() => part(dialog, 'revoke-button'));
  part(dialog, 'revoke-button')!.click();
  await waitUntil(() => part(dialog, 'revoke-confirm'));
}

describe('<harmony-share-dialog> Escape', () => {
  describe('keyboard', () => {
    it('cancels "Revoke this link?" and keeps the dialog open', async () => {
      const { dialog } = await mountShareDialog();
      await confirmingRevoke(dialog);
      let closes = 0;
      dialog.addEventListener('harmony-close', () => closes++);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !part(dialog, 'revoke-confirm'), 'the confirmation stayed');
      expect(dialog.open).to.equal(true);
      expect(part<HTMLDialogElement>(dialog, 'dialog')!.open).to.equal(true);
      expect(closes).to.equal(0);
      expect(focused(dialog)).to.equal(part(dialog, 'revoke-button'));
      expect(part<HTMLInputElement>(dialog, 'link-field')!.value).to.match(/^https:/);

      const closed = oneEvent(dialog, 'harmony-after-close');
      await sendKeys({ press: 'Escape' });
      expect((await closed).detail.source).to.equal('escape');
    });

    it("closes only itself inside a host's own modal dialog", async () => {
      const adapter = new MemoryAdapter({ conversations: sampleConversations() });
      const host = await fixture<HTMLDialogElement>(
        html`<dialog aria-label="Host settings">
          <button id="open-share" type="button">Share…</button>
          <harmony-share-dialog conversation-id="weekly-sync" .adapter=${adapter}></harmony-share-dialog>
        </dialog>`,
      );
      const dialog = host.querySelector('harmony-share-dialog')!;
      const opener = host.querySelector<HTMLButtonElement>('#open-share')!;
      opener.addEventListener('click', (event) => dialog.show(event));
      host.showModal();
      const opened = oneEvent(dialog, 'harmony-after-open');
      opener.focus();
      await sendKeys({ press: 'Enter' });
      await opened;
      await titleLoaded(dialog);

      const closed = oneEvent(dialog, 'harmony-after-close');
      await sendKeys({ press: 'Escape' });
      await closed;
      expect(host.open).to.equal(true);
      expect(document.activeElement).to.equal(opener);
      // The next Escape is the host's own.
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !host.open, "the host's dialog did not close on its own Escape");
    });

    it("keeps a host's dialog open when ours was opened without a click in between", async () => {
      const adapter = new MemoryAdapter({ conversations: sampleConversations() });
      const host = await fixture<HTMLDialogElement>(
        html`<dialog aria-label="Host settings">
          <harmony-share-dialog conversation-id="weekly-sync" .adapter=${adapter}></harmony-share-dialog>
        </dialog>`,
      );
      const dialog = host.querySelector('harmony-share-dialog')!;
      host.showModal();
      const opened = oneEvent(dialog, 'harmony-after-open');
      dialog.show();
      await opened;
      await confirmingRevoke(dialog);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !part(dialog, 'revoke-confirm'));
      expect(dialog.open).to.equal(true);
      const closed = oneEvent(dialog, 'harmony-after-close');
      await sendKeys({ press: 'Escape' });
      await closed;
      expect(host.open).to.equal(true);
    });
  });
});
