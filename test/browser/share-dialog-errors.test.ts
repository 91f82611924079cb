import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { mountShareDialog, part, titleLoaded } from './support/share-dialog-harness.js';

describe('<harmony-share-dialog> errors and aborts', () => {
  describe('errors', () => {
    const codes = [
      ['unauthenticated', /Sign in/],
      ['forbidden', /Settings → Roles/],
      ['not-found', /no longer exists/],
      ['not-ready', /Completed/],
      ['rate-limited', /try again in 30 s/],
      ['unavailable', /temporarily unavailable/],
      ['network', /connection/],
      ['timeout', /too long/],
      ['invalid-response', /could not read/],
    ] as const;
    for (const [code, message] of codes) {
      it(`explains '${code}' with a next step, keeps the link, and retries where that can help`, async () => {
        const { dialog, adapter } = await mountShareDialog();
        await titleLoaded(dialog);
        part(dialog, 'link-button')!.click();
        await waitUntil(() => part(dialog, 'revoke-button'));
        const url = part<HTMLInputElement>(dialog, 'link-field')!.value;

        adapter.failNext('revokeShareLink', code);
        const failed = oneEvent(dialog, 'harmony-error');
        part(dialog, 'revoke-button')!.click();
        await waitUntil(() => part(dialog, 'revoke-confirm-button'));
        part(dialog, 'revoke-confirm-button')!.click();
        expect((await failed).detail).to.include({ code, action: 'revoke' });
        const alert = dialog.shadowRoot!.querySelector('[role="alert"]')!;
        await waitUntil(() => alert.textContent!.trim());
        expect(alert.textContent).to.match(message);
        expect(part<HTMLInputElement>(dialog, 'link-field')!.value).to.equal(url);
        expect(dialog.matches(':state(error)')).to.equal(true);
        await expect(dialog).to.be.accessible();

        if (code === 'forbidden' || code === 'not-found') {
          // Asking again cannot help: no Try again is offered.
          expect(part(dialog, 'retry-button')).to.equal(null);
          return;
        }
        // Not before the wait the server asked for (counted down in share-dialog-waiting.test.ts).
        if (code === 'rate-limited') {
          expect(part(dialog, 'retry-button')!.getAttribute('aria-disabled')).to.equal('true');
          return;
        }
        part(dialog, 'retry-button')!.click();
        await waitUntil(() => !part(dialog, 'link-field'));
        expect(alert.textContent!.trim()).to.equal('');
      });
    }

    it('explains a failed link and creates it on Try again', async () => {
      const { dialog, adapter } = await mountShareDialog();
      await titleLoaded(dialog);
      adapter.failNext('createShareLink', 'unavailable');
      const failed = oneEvent(dialog, 'harmony-error');
      part(dialog, 'link-button')!.click();
      expect((await failed).detail).to.include({ code: 'unavailable', action: 'link' });
      await dialog.updateComplete;
      part(dialog, 'retry-button')!.click();
      await waitUntil(() => part(dialog, 'link-field'));
    });

    it('explains a conversation that cannot be loaded and reloads on Try again', async () => {
      const { dialog, adapter } = await mountShareDialog({ open: false });
      adapter.failNext('getConversation', 'unavailable');
      const failed = oneEvent(dialog, 'harmony-error');
      dialog.show();
      expect((await failed).detail).to.include({ code: 'unavailable', action: 'load' });
      const alert = dialog.shadowRoot!.querySelector('[role="alert"]')!;
      await waitUntil(() => alert.textContent!.includes('temporarily unavailable'));
      part(dialog, 'retry-button')!.click();
      await titleLoaded(dialog);
    });
  });

  describe('aborts', () => {
    it('aborts a running request when the dialog closes and ignores its answer', async () => {
      const { dialog, adapter } = await mountShareDialog({ adapter: { latency: { createShareLink: 150 } } });
      await titleLoaded(dialog);
      let created = false;
      dialog.addEventListener('harmony-link-created', () => (created = true));
      const signals: (AbortSignal | undefined)[] = [];
      const createShareLink = adapter.createShareLink.bind(adapter);
      adapter.createShareLink = (id, options) => {
        signals.push(options?.signal);
        return createShareLink(id, options);
      };
      part(dialog, 'link-button')!.click();
      await aTimeout(30);
      expect(signals[0]?.aborted).to.equal(false);
      dialog.hide();
      await dialog.updateComplete;
      expect(signals[0]?.aborted).to.equal(true);
      await aTimeout(250);
      expect(created).to.equal(false);
      dialog.show();
      await aTimeout(20);
      expect(part(dialog, 'link-field')).to.equal(null);
      expect(dialog.shadowRoot!.querySelector('[role="alert"]')!.textContent!.trim()).to.equal('');
      expect(adapter.calls.filter((c) => c.method === 'createShareLink')).to.have.length(1);
    });
  });
});
