import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { HarmonyError } from '../../src/adapter/errors.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import '../../src/components/companion-launcher/define.js';
import { sampleConversations } from '../fixtures/sample-conversations.js';
import { mountShareDialog, part, titleLoaded } from './support/share-dialog-harness.js';

/** A backend that answers "too many requests, retry after `seconds`" once, then serves normally. */
function rateLimitedOnce(seconds: number) {
  let answered = false;
  return () => {
    if (answered) return undefined;
    answered = true;
    return new HarmonyError('rate-limited', 'Slow down.', { status: 429, retryAfterMs: seconds * 1000 });
  };
}

const countdownOf = (root: ShadowRoot) =>
  root.querySelector('.countdown')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('waiting, honestly', () => {
  describe('accessibility', () => {
    it('reads the whole wait once in the alert, not every tick', async () => {
      const { dialog } = await mountShareDialog({
        adapter: { failures: { createShareLink: rateLimitedOnce(30) } },
      });
      await titleLoaded(dialog);
      part(dialog, 'link-button')!.click();
      await waitUntil(() => part(dialog, 'retry-button'));
      const alert = dialog.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent!.replace(/\s+/g, ' ')).to.contain('You can try again in 30 s.');
      expect(alert.querySelector('.countdown')!.getAttribute('aria-hidden')).to.equal('true');
      await expect(dialog).to.be.accessible();
    });
  });

  describe('parts and states', () => {
    it('counts a Retry-After down on screen, then enables Try again, which succeeds', async () => {
      const { dialog, adapter } = await mountShareDialog({
        adapter: { failures: { createShareLink: rateLimitedOnce(2) } },
      });
      await titleLoaded(dialog);
      const failed = oneEvent(dialog, 'harmony-error');
      part(dialog, 'link-button')!.click();
      expect((await failed).detail.code).to.equal('rate-limited');
      await dialog.updateComplete;
      const root = dialog.shadowRoot!;
      expect(countdownOf(root)).to.equal('You can try again in 2 s.');
      const retry = part(dialog, 'retry-button')!;
      expect(retry.getAttribute('aria-disabled')).to.equal('true');
      // No spinner while waiting: the Generate Link button is itself again.
      expect(part(dialog, 'link-button')!.textContent!.trim()).to.equal('Generate Link for Sharing');
      retry.click();
      await dialog.updateComplete;
      expect(adapter.calls.filter((c) => c.method === 'createShareLink')).to.have.length(1);

      await waitUntil(() => countdownOf(root) === 'You can try again in 1 s.', countdownOf(root), {
        timeout: 3000,
      });
      await waitUntil(() => countdownOf(root) === 'You can try again now.', countdownOf(root), {
        timeout: 3000,
      });
      expect(part(dialog, 'retry-button')!.getAttribute('aria-disabled')).to.equal('false');
      part(dialog, 'retry-button')!.click();
      await waitUntil(() => part(dialog, 'link-field'));
    });

    it('counts down beside the Companion launcher too', async () => {
      const adapter = new MemoryAdapter({
        conversations: sampleConversations(),
        failures: { startCompanionThread: rateLimitedOnce(1) },
      });
      const launcher = await fixture(
        html`<harmony-companion-launcher
          conversation-id="weekly-sync"
          .adapter=${adapter}
          @harmony-companion-open=${(event: Event) => event.preventDefault()}
        ></harmony-companion-launcher>`,
      );
      const root = launcher.shadowRoot!;
      await waitUntil(() => root.querySelector('[part="button"]')?.getAttribute('aria-disabled') === 'false');
      root.querySelector<HTMLElement>('[part="button"]')!.click();
      await waitUntil(() => countdownOf(root) === 'You can try again in 1 s.', countdownOf(root));
      expect(root.querySelector('[part="retry-button"]')!.getAttribute('aria-disabled')).to.equal('true');
      await waitUntil(() => countdownOf(root) === 'You can try again now.', countdownOf(root), {
        timeout: 3000,
      });
      const opened = oneEvent(launcher, 'harmony-companion-open');
      root.querySelector<HTMLElement>('[part="retry-button"]')!.click();
      await opened;
    });

    it('offers no Try again for a forbidden answer', async () => {
      const { dialog } = await mountShareDialog({ adapter: { failures: { createShareLink: 'forbidden' } } });
      await titleLoaded(dialog);
      part(dialog, 'link-button')!.click();
      const alert = dialog.shadowRoot!.querySelector('[role="alert"]')!;
      await waitUntil(() => alert.textContent!.includes('Settings → Roles'));
      expect(part(dialog, 'retry-button')).to.equal(null);
    });
  });
});
