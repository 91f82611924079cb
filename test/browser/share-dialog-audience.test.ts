import { oneEvent, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { sampleConversations } from '../fixtures/sample-conversations.js';
import {
  conversationsWithAudience,
  generateLink,
  manyPeople,
  requiredOnly,
  spyOn,
} from './support/link-harness.js';
import { focused, mountShareDialog, part, text } from './support/share-dialog-harness.js';

const named = (dialog: Parameters<typeof text>[0]) =>
  waitUntil(() => text(dialog, 'link-audience').endsWith('can open this link.'), 'nobody was named');

describe('<harmony-share-dialog> who can open the link', () => {
  describe('accessibility', () => {
    it('describes the link field with who can open it, and passes axe with the list open', async () => {
      const { dialog } = await mountShareDialog();
      await generateLink(dialog);
      await named(dialog);
      const field = part(dialog, 'link-field')!;
      expect(field.getAttribute('aria-describedby')!.split(/\s+/)).to.include('link-audience');
      part(dialog, 'link-audience-toggle')!.click();
      await dialog.updateComplete;
      await expect(dialog).to.be.accessible();
    });

    it('passes axe while it finds out', async () => {
      const { dialog } = await mountShareDialog({ adapter: { latency: { getShareAudience: 60_000 } } });
      await generateLink(dialog);
      expect(text(dialog, 'link-audience')).to.equal('Finding who can open it…');
      await expect(dialog).to.be.accessible();
    });
  });

  describe('names', () => {
    it('names all of three people', async () => {
      const { dialog } = await mountShareDialog();
      await generateLink(dialog);
      await named(dialog);
      expect(text(dialog, 'link-audience')).to.equal(
        'Ada Lovelace, Ben Okafor and Cy Delacroix can open this link.',
      );
    });

    it('names two of forty and counts the others; the list scrolls inside the panel', async () => {
      const { dialog } = await mountShareDialog({
        adapter: { conversations: conversationsWithAudience(manyPeople(40)) },
      });
      await generateLink(dialog);
      await named(dialog);
      expect(text(dialog, 'link-audience')).to.equal(
        'Person 01, Person 02 and 38 others can open this link.',
      );
      part(dialog, 'link-audience-toggle')!.click();
      await dialog.updateComplete;
      const list = part(dialog, 'link-audience-list')!;
      expect(list.querySelectorAll('[part~="link-audience-person"]')).to.have.length(40);
      expect(list.scrollHeight).to.be.greaterThan(list.clientHeight);
      expect(list.getBoundingClientRect().height).to.be.lessThan(window.innerHeight / 2);
      expect(document.documentElement.scrollHeight).to.be.at.most(window.innerHeight);
      // A scrolling list must be reachable by keyboard, or its end could not be read.
      expect(list.tabIndex).to.equal(0);
      await expect(dialog).to.be.accessible();
    });

    it('says so plainly when nobody is listed, with nothing to disclose', async () => {
      const { dialog } = await mountShareDialog({
        adapter: { conversations: conversationsWithAudience([]) },
      });
      await generateLink(dialog);
      await waitUntil(() => text(dialog, 'link-audience') === 'Only you can open this link.');
      expect(part(dialog, 'link-audience-toggle')).to.equal(null);
    });
  });

  describe('keyboard', () => {
    it('"Who and why" opens and closes the list with Enter and Space, each person with the reason', async () => {
      const { dialog } = await mountShareDialog();
      await generateLink(dialog);
      await named(dialog);
      const toggle = part(dialog, 'link-audience-toggle')!;
      const list = part(dialog, 'link-audience-list')!;
      expect(toggle.getAttribute('aria-controls')).to.equal(list.id);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(list.hidden).to.equal(true);
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await dialog.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(list.hidden).to.equal(false);
      const rows = [...list.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(rows).to.deep.equal([
        'Ada Lovelace: created it',
        'Ben Okafor: team Sales',
        'Cy Delacroix: reads all conversations',
      ]);
      await sendKeys({ press: 'Tab' });
      expect(focused(dialog)).to.equal(list);
      await sendKeys({ press: 'Shift+Tab' });
      await sendKeys({ press: 'Space' });
      await dialog.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(list.hidden).to.equal(true);
    });

    it('Escape with the list open closes the dialog, as anywhere else in it', async () => {
      const { dialog } = await mountShareDialog();
      await generateLink(dialog);
      await named(dialog);
      part(dialog, 'link-audience-toggle')!.focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open);
    });
  });

  describe('adapter', () => {
    it('asks once per link shown, and closing the dialog aborts the question', async () => {
      const adapter = new MemoryAdapter({
        conversations: sampleConversations(),
        latency: { getShareAudience: 60_000 },
      });
      const calls = spyOn(adapter, 'getShareAudience');
      const { dialog } = await mountShareDialog({ open: false });
      dialog.adapter = adapter;
      dialog.show();
      await generateLink(dialog);
      expect(calls).to.have.length(1);
      expect(calls[0]!.signal!.aborted).to.equal(false);
      part(dialog, 'done-button')!.click();
      await waitUntil(() => calls[0]!.signal!.aborted, 'closing did not abort');
    });

    it('a failure keeps the general rule on screen and offers to ask again', async () => {
      const { dialog, adapter } = await mountShareDialog();
      adapter.failNext('getShareAudience', 'unavailable');
      await generateLink(dialog);
      await waitUntil(() => part(dialog, 'link-audience-error'));
      expect(text(dialog, 'link-audience')).to.contain('role can read this conversation');
      expect(text(dialog, 'link-audience-error')).to.contain("Couldn't find out who can open this link.");
      expect(part<HTMLInputElement>(dialog, 'link-field')!.value).to.match(/^https:/);
      await expect(dialog).to.be.accessible();
      part(dialog, 'link-audience-retry-button')!.click();
      await named(dialog);
      expect(part(dialog, 'link-audience-error')).to.equal(null);
    });

    it('without getShareAudience and checkShareAccess the dialog is as before: the rule, no names, no check', async () => {
      const memory = new MemoryAdapter({ conversations: sampleConversations() });
      const { dialog } = await mountShareDialog({ open: false });
      dialog.adapter = requiredOnly(memory);
      // axe reads colours: the entrance animation (opacity) must be over.
      const opened = oneEvent(dialog, 'harmony-after-open');
      dialog.show();
      await opened;
      await generateLink(dialog);
      expect(text(dialog, 'link-audience')).to.equal(
        'Only people signed in to Harmony whose role can read this conversation can open the link. Sharing grants no new access.',
      );
      expect(part(dialog, 'link-audience-toggle')).to.equal(null);
      expect(part(dialog, 'access-check')).to.equal(null);
      expect(part(dialog, 'revoke-button')).to.equal(null);
      expect(memory.calls.map((call) => call.method)).not.to.include('getShareAudience');
      await expect(dialog).to.be.accessible();
    });
  });
});
