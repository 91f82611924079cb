import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { focused, mountShareDialog, part, text, titleLoaded } from './support/share-dialog-harness.js';

describe('<harmony-share-dialog> Shareable Link', () => {
  describe('Generate Link for Sharing', () => {
    it('creates one link per click burst and shows it read-only with who can open it', async () => {
      const { dialog, adapter } = await mountShareDialog({ adapter: { latency: { createShareLink: 100 } } });
      await titleLoaded(dialog);
      const created = oneEvent(dialog, 'harmony-link-created');
      const button = part(dialog, 'link-button')!;
      button.click();
      button.click();
      await dialog.updateComplete;
      button.click();
      expect(text(dialog, 'link-button')).to.equal('Generating link…');
      const { detail } = await created;
      const field = part<HTMLInputElement>(dialog, 'link-field')!;
      expect(adapter.calls.filter((c) => c.method === 'createShareLink')).to.have.length(1);
      expect(field.value).to.equal(detail.link.url);
      expect(field.readOnly).to.equal(true);
      expect(dialog.shadowRoot!.querySelector(`label[for="${field.id}"]`)!.textContent).to.equal(
        'Shareable Link',
      );
      await waitUntil(() => text(dialog, 'link-audience').endsWith('can open this link.'));
      expect(text(dialog, 'link-audience')).to.equal(
        'Ada Lovelace, Ben Okafor and Cy Delacroix can open this link.',
      );
      await expect(dialog).to.be.accessible();
    });

    it('leads a second click back to the link instead of making another one', async () => {
      const { dialog, adapter } = await mountShareDialog();
      await titleLoaded(dialog);
      part(dialog, 'link-button')!.click();
      await waitUntil(() => part(dialog, 'link-field'));
      const url = part<HTMLInputElement>(dialog, 'link-field')!.value;
      part(dialog, 'done-button')!.focus();
      part(dialog, 'link-button')!.click();
      await waitUntil(() => focused(dialog) === part(dialog, 'link-field'));
      expect(part<HTMLInputElement>(dialog, 'link-field')!.value).to.equal(url);
      expect(adapter.calls.filter((c) => c.method === 'createShareLink')).to.have.length(1);
    });

    it('keeps a new link when an earlier revoke answers late', async () => {
      const { dialog, adapter } = await mountShareDialog();
      await titleLoaded(dialog);
      part(dialog, 'link-button')!.click();
      await waitUntil(() => part(dialog, 'revoke-button'));
      adapter.setLatency({ revokeShareLink: 150 });
      part(dialog, 'revoke-button')!.click();
      await waitUntil(() => part(dialog, 'revoke-confirm-button'));
      part(dialog, 'revoke-confirm-button')!.click();
      await dialog.updateComplete;
      expect(part(dialog, 'link-button')!.getAttribute('aria-disabled')).to.equal('true');
      part(dialog, 'link-button')!.click();
      await waitUntil(() => !part(dialog, 'link-field'));
      part(dialog, 'link-button')!.click();
      await waitUntil(() => part(dialog, 'link-field'));
      expect(adapter.calls.filter((c) => c.method === 'createShareLink')).to.have.length(2);
    });

    it('copies with the Clipboard API and says Copied only then', async () => {
      const { dialog } = await mountShareDialog();
      await titleLoaded(dialog);
      part(dialog, 'link-button')!.click();
      await waitUntil(() => part(dialog, 'link-field'));
      const writes: string[] = [];
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (value: string) => void writes.push(value) },
      });
      try {
        const copied = oneEvent(dialog, 'harmony-link-copied');
        part(dialog, 'copy-button')!.click();
        const { detail } = await copied;
        expect(detail.method).to.equal('clipboard');
        expect(writes).to.deep.equal([part<HTMLInputElement>(dialog, 'link-field')!.value]);
        await waitUntil(() => text(dialog, 'copy-button') === 'Copied');
        await waitUntil(() => dialog.shadowRoot!.querySelector('[role="status"]')!.textContent === 'Copied');
        expect(dialog.matches(':state(copied)')).to.equal(true);
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
        Object.defineProperty(Navigator.prototype, 'clipboard', original);
      }
    });

    it('falls back to a selection copy when the Clipboard API is denied, and says how when that fails too', async () => {
      const { dialog } = await mountShareDialog();
      await titleLoaded(dialog);
      part(dialog, 'link-button')!.click();
      await waitUntil(() => part(dialog, 'link-field'));
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
      });
      const execCommand = document.execCommand;
      let copyCommandOutcome = false;
      document.execCommand = (command: string) => command === 'copy' && copyCommandOutcome;
      try {
        const failed = oneEvent(dialog, 'harmony-error');
        part(dialog, 'copy-button')!.click();
        expect((await failed).detail).to.include({ action: 'copy' });
        await waitUntil(() => part(dialog, 'copy-hint'));
        expect(text(dialog, 'copy-button')).to.equal('Copy');
        expect(text(dialog, 'copy-hint')).to.match(/press (Ctrl\+C|⌘C) to copy/);
        const field = part<HTMLInputElement>(dialog, 'link-field')!;
        expect(focused(dialog)).to.equal(field);
        expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);

        copyCommandOutcome = true;
        const copied = oneEvent(dialog, 'harmony-link-copied');
        part(dialog, 'copy-button')!.click();
        expect((await copied).detail.method).to.equal('selection');
        await waitUntil(() => text(dialog, 'copy-button') === 'Copied');
      } finally {
        document.execCommand = execCommand;
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });

    it('copies by selection where the Clipboard API does not exist', async () => {
      const { dialog } = await mountShareDialog();
      await titleLoaded(dialog);
      part(dialog, 'link-button')!.click();
      await waitUntil(() => part(dialog, 'link-field'));
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
      const execCommand = document.execCommand;
      const selectedWhenCopied: string[] = [];
      document.execCommand = (command: string) => {
        const field = part<HTMLInputElement>(dialog, 'link-field')!;
        selectedWhenCopied.push(field.value.slice(field.selectionStart!, field.selectionEnd!));
        return command === 'copy';
      };
      try {
        const copied = oneEvent(dialog, 'harmony-link-copied');
        part(dialog, 'copy-button')!.click();
        expect((await copied).detail.method).to.equal('selection');
        expect(selectedWhenCopied).to.deep.equal([part<HTMLInputElement>(dialog, 'link-field')!.value]);
      } finally {
        document.execCommand = execCommand;
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });

    it('never shows or copies a link whose URL is not safe', async () => {
      const { dialog, adapter } = await mountShareDialog();
      await titleLoaded(dialog);
      adapter.createShareLink = async () => ({
        id: 'evil',
        url: 'javascript:alert(1)',
        createdAt: new Date().toISOString(),
      });
      const failed = oneEvent(dialog, 'harmony-error');
      part(dialog, 'link-button')!.click();
      expect((await failed).detail).to.include({ code: 'invalid-response', action: 'link' });
      expect(part(dialog, 'link-field')).to.equal(null);
      expect(dialog.shadowRoot!.innerHTML).not.to.contain('javascript:');
    });

    it('revokes a link after confirmation and tells the host which one', async () => {
      const { dialog, adapter } = await mountShareDialog();
      await titleLoaded(dialog);
      const created = oneEvent(dialog, 'harmony-link-created');
      part(dialog, 'link-button')!.click();
      const { link } = (await created).detail;
      await waitUntil(() => part(dialog, 'revoke-button'));
      part(dialog, 'revoke-button')!.click();
      await waitUntil(() => part(dialog, 'revoke-confirm'));
      expect(focused(dialog)).to.equal(part(dialog, 'revoke-cancel-button'));
      await expect(dialog).to.be.accessible();
      const revoked = oneEvent(dialog, 'harmony-link-revoked');
      part(dialog, 'revoke-confirm-button')!.click();
      expect((await revoked).detail).to.deep.equal({ conversationId: 'weekly-sync', linkId: link.id });
      await waitUntil(() => !part(dialog, 'link-field'));
      expect(adapter.calls.map((c) => c.method)).to.include('revokeShareLink');
      await waitUntil(() =>
        dialog.shadowRoot!.querySelector('[role="status"]')!.textContent!.includes('revoked'),
      );
      expect(focused(dialog)).to.equal(part(dialog, 'new-link-button'));
    });
  });
});
