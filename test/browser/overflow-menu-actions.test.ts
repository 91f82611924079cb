import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  expectFocusOn,
  isOpen,
  loaded,
  mountMenu,
  openWithKeyboard,
  part,
  trigger,
} from './support/overflow-menu-harness.js';

describe('<harmony-overflow-menu> actions', () => {
  describe('Share', () => {
    it('opens its own share dialog and returns focus to the ⋯ button when it closes', async () => {
      const { menu } = await mountMenu();
      await loaded(menu);
      await openWithKeyboard(menu);
      const opened = oneEvent(menu, 'harmony-after-open');
      await sendKeys({ press: 'Enter' });
      await opened;
      const dialog = menu.shadowRoot!.querySelector('harmony-share-dialog')!;
      const heading = dialog.shadowRoot!.querySelector('h2')!;
      await waitUntil(() => heading.textContent === 'Share "Weekly sync: Q3 launch readiness"');
      await expectFocusOn(dialog.shadowRoot!.querySelector('[part="pdf-button"]')!, 'Share PDF');
      const closed = oneEvent(menu, 'harmony-after-close');
      await sendKeys({ press: 'Escape' });
      await closed;
      await expectFocusOn(trigger(menu), 'the ⋯ button');
      expect(isOpen(menu)).to.equal(false);
    });

    it('opens the dialog named by share-dialog, for this conversation, and returns focus after Done', async () => {
      const { menu } = await mountMenu({
        id: 'long-title',
        wrap: (inner) =>
          html`${inner}<harmony-share-dialog
              id="page-share"
              conversation-id="weekly-sync"
            ></harmony-share-dialog>`,
      });
      menu.setAttribute('share-dialog', 'page-share');
      const dialog = document.getElementById('page-share') as HTMLElementTagNameMap['harmony-share-dialog'];
      dialog.adapter = menu.adapter;
      await loaded(menu);
      await openWithKeyboard(menu);
      const opened = oneEvent(dialog, 'harmony-after-open');
      await sendKeys({ press: 'Enter' });
      await opened;
      expect(dialog.conversationId).to.equal('long-title');
      expect(menu.shadowRoot!.querySelector('harmony-share-dialog')).to.equal(null);
      const done = dialog.shadowRoot!.querySelector<HTMLElement>('[part="done-button"]')!;
      const closed = oneEvent(dialog, 'harmony-after-close');
      done.focus();
      await sendKeys({ press: 'Enter' });
      await closed;
      await expectFocusOn(trigger(menu), 'the ⋯ button');
    });
  });

  describe('Discuss with Companion', () => {
    it('runs the Companion flow: request, one thread, open', async () => {
      const { menu, adapter } = await mountMenu({ adapter: { latency: { startCompanionThread: 50 } } });
      await loaded(menu);
      const requested = oneEvent(menu, 'harmony-companion-request');
      const opened = oneEvent(menu, 'harmony-companion-open');
      menu.addEventListener('harmony-companion-open', (event) => event.preventDefault());
      await openWithKeyboard(menu);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      // The product page: from the menu, an open-ended thread (no suggestion; the Companion icon offers one).
      expect((await requested).detail).to.deep.equal({ conversationId: 'weekly-sync', suggestion: '' });
      await waitUntil(() => menu.matches(':state(pending)'));
      expect(menu.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Opening Companion…');
      const { detail } = await opened;
      expect(detail.thread.url).to.match(/^https:\/\/harmony\.example\/companion\//);
      expect(adapter.calls.filter((call) => call.method === 'startCompanionThread')).to.have.length(1);
      await expectFocusOn(trigger(menu), 'the ⋯ button');
    });

    it('shows a Companion error next to the ⋯ button, and clears it on the next open', async () => {
      const { menu, adapter } = await mountMenu();
      await loaded(menu);
      adapter.failNext('startCompanionThread', 'forbidden');
      const failed = oneEvent(menu, 'harmony-error');
      await openWithKeyboard(menu);
      await sendKeys({ press: 'd' });
      await sendKeys({ press: 'Enter' });
      expect((await failed).detail).to.include({ code: 'forbidden', action: 'companion' });
      const callout = part(menu, 'companion-feedback');
      await waitUntil(() => callout.matches(':popover-open'));
      expect(callout.querySelector('[role="alert"]')!.textContent).to.contain(
        'discuss this conversation with Companion',
      );
      await expect(menu).to.be.accessible();
      await openWithKeyboard(menu);
      expect(callout.matches(':popover-open')).to.equal(false);
    });
  });
});
