import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import '../../src/components/companion-launcher/define.js';
import type { HarmonyCompanionLauncher } from '../../src/components/companion-launcher/companion-launcher.js';
import { sampleConversations } from '../fixtures/sample-conversations.js';
import {
  launcherButton as button,
  launcherCallout as callout,
  mountLauncher,
  threadCalls,
} from './support/companion-launcher-harness.js';
import { items, loaded, mountMenu, nameOf, part } from './support/overflow-menu-harness.js';
import { IDLE_DEADLINE } from './support/idle.js';

// The callout renders once the launcher has been used (or its code has loaded ahead): '' before.
const calloutText = (launcher: HarmonyCompanionLauncher) =>
  (callout(launcher)?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('Companion follows the conversation', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  describe('accessibility', () => {
    for (const [id, reason] of [
      ['roadmap-review', 'Available when processing completes'],
      ['failed-upload', 'This conversation failed to process, so Companion cannot discuss it.'],
    ] as const) {
      it(`the launcher on a ${id} conversation is unavailable and says why`, async () => {
        const { launcher, adapter } = await mountLauncher({ id });
        await waitUntil(
          () => button(launcher).getAttribute('aria-disabled') === 'true',
          'never disabled',
          IDLE_DEADLINE,
        );
        expect(await nameOf(button(launcher))).to.equal('Discuss with Companion');
        const describedBy = button(launcher).getAttribute('aria-describedby')!;
        expect(launcher.shadowRoot!.getElementById(describedBy)!.textContent).to.equal(reason);
        expect(launcher.matches(':state(unavailable)')).to.equal(true);
        await expect(launcher).to.be.accessible();

        // A click (or a tap, where there is no hover) shows the reason beside it, and asks nothing.
        button(launcher).click();
        await waitUntil(() => !!callout(launcher)?.matches(':popover-open'));
        expect(calloutText(launcher)).to.equal(reason);
        expect(callout(launcher).querySelector('[part="retry-button"]')).to.equal(null);
        expect(threadCalls(adapter)).to.have.length(0);
        await expect(launcher).to.be.accessible();
      });
    }

    for (const [id, reason] of [
      ['roadmap-review', 'Available when processing completes'],
      ['failed-upload', 'This conversation failed to process, so Companion cannot discuss it.'],
    ] as const) {
      it(`the menu's Discuss with Companion on a ${id} conversation is unavailable with its reason`, async () => {
        const { menu } = await mountMenu({ id });
        await loaded(menu);
        menu.show();
        await waitUntil(() => items(menu)[1]?.disabled);
        const companion = items(menu)[1]!;
        expect(companion.textContent!.replace(/\s+/g, ' ')).to.contain(reason);
        expect(companion.getAttribute('aria-describedby')).to.equal('companion-reason');
        await expect(menu).to.be.accessible();
      });
    }
  });

  describe('properties', () => {
    it('enables the launcher when the conversation completes', async () => {
      const adapter = new MemoryAdapter({ conversations: sampleConversations() });
      const { launcher } = await mountLauncher({ id: 'roadmap-review', adapter, pollInterval: 30 });
      await waitUntil(
        () => button(launcher).getAttribute('aria-disabled') === 'true',
        'never disabled',
        IDLE_DEADLINE,
      );
      const record = sampleConversations().find((r) => r.conversation.id === 'roadmap-review')!;
      adapter.put({ ...record, conversation: { ...record.conversation, status: 'completed' } });
      await waitUntil(() => button(launcher).getAttribute('aria-disabled') === 'false', 'never enabled');
      expect(button(launcher).hasAttribute('aria-describedby')).to.equal(false);
    });

    it('says processing failed, with no Try again, when a thread is refused for a failed conversation', async () => {
      const adapter = new MemoryAdapter({ conversations: sampleConversations() });
      const { launcher } = await mountLauncher({ id: 'weekly-sync', adapter });
      await waitUntil(() => button(launcher).getAttribute('aria-disabled') === 'false');
      // It failed after the page loaded it: the backend answers "not ready".
      const record = sampleConversations().find((r) => r.conversation.id === 'weekly-sync')!;
      adapter.put({ ...record, conversation: { ...record.conversation, status: 'failed' } });
      button(launcher).click();
      await waitUntil(() => calloutText(launcher).includes('failed to process'), calloutText(launcher));
      expect(calloutText(launcher)).not.to.contain('still processing');
      expect(callout(launcher).querySelector('[part="retry-button"]')).to.equal(null);
    });
  });

  describe('parts and states', () => {
    it('gives the error callout room for its text and Try again at 320 px, and puts it away on a click elsewhere', async () => {
      await setViewport({ width: 320, height: 640 });
      const { launcher, adapter, pageText } = await mountLauncher({ id: 'weekly-sync' });
      await waitUntil(() => button(launcher).getAttribute('aria-disabled') === 'false');
      adapter.failNext('startCompanionThread', 'unavailable');
      button(launcher).click();
      await waitUntil(
        () => !!callout(launcher)?.matches(':popover-open') && callout(launcher).style.top !== '',
      );
      const box = callout(launcher).getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(320);
      const retry = part(launcher, 'retry-button').getBoundingClientRect();
      expect(retry.right).to.be.at.most(box.right);
      expect(retry.width).to.be.at.least(retry.height);
      const message = callout(launcher).querySelector('.error-message')!.getBoundingClientRect();
      // Not squeezed into a sliver: the message takes most of the callout's width.
      expect(message.width).to.be.at.least(box.width * 0.6);
      expect(callout(launcher).scrollHeight).to.be.at.most(callout(launcher).clientHeight + 1);

      const [x, y] = [pageText.getBoundingClientRect().left + 5, pageText.getBoundingClientRect().top + 5];
      await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
      await waitUntil(() => !callout(launcher)?.matches(':popover-open'), 'the callout stayed over the page');
    });

    it('puts the callout away on Escape', async () => {
      const { launcher, adapter } = await mountLauncher({ id: 'weekly-sync' });
      await waitUntil(() => button(launcher).getAttribute('aria-disabled') === 'false');
      adapter.failNext('startCompanionThread', 'unavailable');
      const failed = oneEvent(launcher, 'harmony-error');
      button(launcher).focus();
      await sendKeys({ press: 'Enter' });
      await failed;
      await waitUntil(() => !!callout(launcher)?.matches(':popover-open'));
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !callout(launcher)?.matches(':popover-open'));
    });
  });
});
