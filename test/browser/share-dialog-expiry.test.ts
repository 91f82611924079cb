import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import type { HarmonyAdapter } from '../../src/adapter/types.js';
import type { HarmonyShareDialog } from '../../src/components/share-dialog/share-dialog.js';
import { sampleConversations } from '../fixtures/sample-conversations.js';
import { generateLink, spyOn } from './support/link-harness.js';
import { focused, mountShareDialog, part, text, titleLoaded } from './support/share-dialog-harness.js';

const select = (dialog: HarmonyShareDialog) => part<HTMLSelectElement>(dialog, 'link-expiry-select')!;

/** Chooses an expiry as a user does: focus the select, then arrow through its options. */
async function chooseWithKeyboard(dialog: HarmonyShareDialog, presses: number): Promise<void> {
  select(dialog).focus();
  for (let i = 0; i < presses; i++) await sendKeys({ press: 'ArrowDown' });
}

describe('<harmony-share-dialog> link expiry', () => {
  describe('accessibility', () => {
    it('"Link expires" is a labelled choice, until revoked by default, and passes axe', async () => {
      const { dialog } = await mountShareDialog();
      await titleLoaded(dialog);
      const picker = select(dialog);
      expect(dialog.shadowRoot!.querySelector(`label[for="${picker.id}"]`)!.textContent).to.equal(
        'Link expires',
      );
      expect([...picker.options].map((option) => option.text)).to.deep.equal([
        'Until revoked',
        'After 1 day',
        'After 7 days',
        'After 30 days',
      ]);
      expect(picker.selectedOptions[0]!.text).to.equal('Until revoked');
      await expect(dialog).to.be.accessible();
    });
  });

  describe('adapter', () => {
    it('a chosen expiry is asked of the adapter, and the link says when it expires', async () => {
      const { dialog, adapter } = await mountShareDialog({ open: false });
      const calls = spyOn(adapter, 'createShareLink');
      const opened = oneEvent(dialog, 'harmony-after-open');
      dialog.show();
      await opened;
      await titleLoaded(dialog);
      await chooseWithKeyboard(dialog, 2);
      expect(select(dialog).value).to.equal('7');
      const created = oneEvent(dialog, 'harmony-link-created');
      part(dialog, 'link-button')!.click();
      const { detail } = await created;
      expect((calls[0]!.args[1] as { expiresInDays?: number }).expiresInDays).to.equal(7);
      const expected = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(
        new Date(detail.link.expiresAt!),
      );
      await waitUntil(() => part(dialog, 'link-expires'));
      expect(text(dialog, 'link-expires')).to.equal(`Expires on ${expected}.`);
      const describedBy = part(dialog, 'link-field')!.getAttribute('aria-describedby')!.split(/\s+/);
      expect(describedBy).to.include(part(dialog, 'link-expires')!.id);
      // The choice is made before the link: once it exists, there is nothing left to choose.
      expect(part(dialog, 'link-expiry')).to.equal(null);
      await expect(dialog).to.be.accessible();
    });

    it("writes the date in the element's language", async () => {
      const { dialog } = await mountShareDialog({ open: false });
      dialog.parentElement!.lang = 'de';
      dialog.show();
      await titleLoaded(dialog);
      await chooseWithKeyboard(dialog, 1);
      const created = oneEvent(dialog, 'harmony-link-created');
      part(dialog, 'link-button')!.click();
      const { detail } = await created;
      const german = new Intl.DateTimeFormat('de', { dateStyle: 'long', timeStyle: 'short' }).format(
        new Date(detail.link.expiresAt!),
      );
      await waitUntil(() => part(dialog, 'link-expires'));
      expect(text(dialog, 'link-expires')).to.contain(german);
    });

    it('until revoked: no expiry is asked for and none is shown', async () => {
      const { dialog, adapter } = await mountShareDialog();
      const calls = spyOn(adapter, 'createShareLink');
      await generateLink(dialog);
      expect(Object.keys(calls[0]!.args[1] as object)).to.deep.equal(['signal']);
      expect(part(dialog, 'link-expires')).to.equal(null);
      expect(part(dialog, 'link-field')!.getAttribute('aria-describedby')).not.to.contain('link-expires');
    });

    it('an adapter that ignores the expiry makes a link that says nothing about one', async () => {
      const memory = new MemoryAdapter({ conversations: sampleConversations() });
      const noExpiry: HarmonyAdapter = {
        getConversation: (id, options) => memory.getConversation(id, options),
        getInsights: (id, options) => memory.getInsights(id, options),
        createShareLink: (id, options) => memory.createShareLink(id, { signal: options?.signal }),
        startCompanionThread: (id, options) => memory.startCompanionThread(id, options),
      };
      const { dialog } = await mountShareDialog({ open: false });
      dialog.adapter = noExpiry;
      dialog.show();
      await titleLoaded(dialog);
      await chooseWithKeyboard(dialog, 3);
      part(dialog, 'link-button')!.click();
      await waitUntil(() => part(dialog, 'link-field'));
      expect(part(dialog, 'link-expires')).to.equal(null);
    });

    it('a failed link keeps the chosen expiry, and Try again makes the link with it', async () => {
      const { dialog, adapter } = await mountShareDialog();
      const calls = spyOn(adapter, 'createShareLink');
      await titleLoaded(dialog);
      await chooseWithKeyboard(dialog, 2);
      adapter.failNext('createShareLink', 'unavailable');
      part(dialog, 'link-button')!.click();
      await waitUntil(() => part(dialog, 'retry-button'));
      expect(select(dialog).value).to.equal('7');
      part(dialog, 'retry-button')!.click();
      await waitUntil(() => part(dialog, 'link-expires'));
      expect(calls.map((call) => (call.args[1] as { expiresInDays?: number }).expiresInDays)).to.deep.equal([
        7, 7,
      ]);
    });

    it('after a revoke, the expiry can be chosen again for the new link', async () => {
      const { dialog } = await mountShareDialog();
      await generateLink(dialog);
      part(dialog, 'revoke-button')!.click();
      await waitUntil(() => part(dialog, 'revoke-confirm-button'));
      part(dialog, 'revoke-confirm-button')!.click();
      await waitUntil(() => focused(dialog) === part(dialog, 'new-link-button'));
      expect(select(dialog).value).to.equal('');
      await chooseWithKeyboard(dialog, 1);
      part(dialog, 'new-link-button')!.click();
      await waitUntil(() => part(dialog, 'link-expires'));
    });

    it('the choice is forgotten when the dialog closes', async () => {
      const { dialog } = await mountShareDialog();
      await titleLoaded(dialog);
      await chooseWithKeyboard(dialog, 3);
      expect(select(dialog).value).to.equal('30');
      part(dialog, 'done-button')!.click();
      await waitUntil(() => !dialog.open);
      dialog.show();
      await dialog.updateComplete;
      expect(select(dialog).value).to.equal('');
    });
  });
});
