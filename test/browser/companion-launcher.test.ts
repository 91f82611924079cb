import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { HarmonyCompanionOpenEvent, HarmonyCompanionRequestEvent } from '../../src/events/events.js';
import { expectFocusOn, nameOf, part } from './support/overflow-menu-harness.js';
import {
  centreOf,
  launcherButton as button,
  launcherCallout as callout,
  launcherTooltip as tooltip,
  mountLauncher,
  threadCalls,
} from './support/companion-launcher-harness.js';

describe('<harmony-companion-launcher>', () => {
  afterEach(() => resetMouse());

  describe('accessibility', () => {
    it('is a button named "Discuss with Companion" by its tooltip, announced once, and passes axe', async () => {
      const { launcher } = await mountLauncher();
      expect(await nameOf(button(launcher))).to.equal('Discuss with Companion');
      expect(tooltip(launcher).getAttribute('role')).to.equal('tooltip');
      expect(tooltip(launcher).textContent!.trim()).to.equal('Discuss with Companion');
      // The tooltip is the name, so it is not also the description: a screen reader says it once.
      expect(button(launcher).hasAttribute('aria-describedby')).to.equal(false);
      expect(part(launcher, 'icon').querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      await expect(launcher).to.be.accessible();
    });

    it('shows the tooltip above the button on keyboard focus, hides it on blur and on Escape', async () => {
      const { launcher, before } = await mountLauncher();
      before.focus();
      await sendKeys({ press: 'Tab' });
      await expectFocusOn(button(launcher), 'the launcher');
      await waitUntil(() => tooltip(launcher).matches(':popover-open') && tooltip(launcher).style.top !== '');
      await aTimeout(50);
      const tip = tooltip(launcher).getBoundingClientRect();
      const box = button(launcher).getBoundingClientRect();
      expect(tip.bottom).to.be.at.most(box.top);
      expect(tip.right > box.left && tip.left < box.right).to.equal(true);
      await expect(launcher).to.be.accessible();

      await sendKeys({ press: 'Escape' });
      expect(tooltip(launcher).matches(':popover-open')).to.equal(false);
      await expectFocusOn(button(launcher), 'the launcher');

      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Shift+Tab' });
      await waitUntil(() => tooltip(launcher).matches(':popover-open'));
      await sendKeys({ press: 'Tab' });
      expect(tooltip(launcher).matches(':popover-open')).to.equal(false);
    });

    it('shows the tooltip on hover, keeps it while the pointer is over it, and hides it when the pointer leaves', async () => {
      const { launcher, before } = await mountLauncher();
      await sendMouse({ type: 'move', position: centreOf(button(launcher)) });
      await waitUntil(() => tooltip(launcher).matches(':popover-open'), 'no tooltip on hover');
      await aTimeout(50);
      await sendMouse({ type: 'move', position: centreOf(tooltip(launcher)) });
      await aTimeout(400);
      expect(tooltip(launcher).matches(':popover-open'), 'the tooltip vanished under the pointer').to.equal(
        true,
      );
      await sendMouse({ type: 'move', position: centreOf(before) });
      await waitUntil(() => !tooltip(launcher).matches(':popover-open'), 'the tooltip stayed');
    });
  });

  describe('events', () => {
    it('asks with harmony-companion-request, then opens the thread with harmony-companion-open', async () => {
      const { launcher, adapter } = await mountLauncher();
      const requested = oneEvent(
        launcher,
        'harmony-companion-request',
      ) as Promise<HarmonyCompanionRequestEvent>;
      const opened = oneEvent(launcher, 'harmony-companion-open') as Promise<HarmonyCompanionOpenEvent>;
      button(launcher).click();
      const request = await requested;
      expect(request.detail).to.deep.equal({
        conversationId: 'weekly-sync',
        suggestion: 'Summarize this meeting…',
      });
      expect(request.cancelable && request.bubbles && request.composed).to.equal(true);
      const open = await opened;
      expect(open.cancelable && open.bubbles && open.composed).to.equal(true);
      expect(open.detail.thread.suggestion).to.equal('Summarize this meeting…');
      expect(open.detail.thread.url).to.match(/^https:\/\/harmony\.example\/companion\/thread-/);
      expect(threadCalls(adapter)).to.deep.equal([
        { method: 'startCompanionThread', conversationId: 'weekly-sync' },
      ]);
      await launcher.updateComplete;
      // Navigation was prevented: nothing is left on screen.
      expect(!!callout(launcher)?.matches(':popover-open')).to.equal(false);
    });

    it('drops a thread request for a meeting the page has moved away from', async () => {
      const { launcher } = await mountLauncher({ adapter: { latency: 150 } });
      let opened = false;
      launcher.addEventListener('harmony-companion-open', () => (opened = true));
      button(launcher).click();
      await aTimeout(20);
      launcher.conversationId = 'long-title';
      await aTimeout(250);
      expect(opened).to.equal(false);
      expect(button(launcher).getAttribute('aria-disabled')).not.to.equal('true');
    });

    it('creates no thread when harmony-companion-request is prevented', async () => {
      const { launcher, adapter } = await mountLauncher();
      launcher.addEventListener('harmony-companion-request', (event) => event.preventDefault());
      let opened = false;
      launcher.addEventListener('harmony-companion-open', () => (opened = true));
      button(launcher).click();
      await aTimeout(50);
      expect(threadCalls(adapter)).to.have.length(0);
      expect(opened).to.equal(false);
      expect(launcher.matches(':state(pending)')).to.equal(false);
    });

    it('uses the suggestion from its strings', async () => {
      const { launcher } = await mountLauncher();
      launcher.strings = { companionSuggestion: 'Résume cette réunion…' };
      const opened = oneEvent(launcher, 'harmony-companion-open') as Promise<HarmonyCompanionOpenEvent>;
      button(launcher).click();
      expect((await opened).detail.thread.suggestion).to.equal('Résume cette réunion…');
    });
  });

  describe('keyboard', () => {
    for (const key of ['Enter', 'Space']) {
      it(`starts a thread with ${key}`, async () => {
        const { launcher, adapter } = await mountLauncher();
        button(launcher).focus();
        const opened = oneEvent(launcher, 'harmony-companion-open');
        await sendKeys({ press: key });
        await opened;
        expect(threadCalls(adapter)).to.have.length(1);
      });
    }
  });

  describe('parts and states', () => {
    it('is pending while the thread is created: spinner, aria-disabled, announced once', async () => {
      const { launcher } = await mountLauncher({ adapter: { latency: 300 } });
      const status = launcher.shadowRoot!.querySelector('[role="status"]')!;
      expect(status.textContent).to.equal('');
      button(launcher).click();
      await launcher.updateComplete;
      expect(launcher.matches(':state(pending)')).to.equal(true);
      expect(button(launcher).getAttribute('aria-disabled')).to.equal('true');
      expect(part(launcher, 'spinner')).to.exist;
      expect(status.textContent).to.equal('Opening Companion…');
      expect(await nameOf(button(launcher))).to.equal('Discuss with Companion');
      await expect(launcher).to.be.accessible();
      await oneEvent(launcher, 'harmony-companion-open');
      await launcher.updateComplete;
      expect(launcher.matches(':state(pending)')).to.equal(false);
      expect(status.textContent).to.equal('');
    });

    it('makes one thread for a burst of activations', async () => {
      const { launcher, adapter } = await mountLauncher({ adapter: { latency: 150 } });
      let requests = 0;
      let opens = 0;
      launcher.addEventListener('harmony-companion-request', () => requests++);
      launcher.addEventListener('harmony-companion-open', () => opens++);
      button(launcher).click();
      button(launcher).click();
      await launcher.updateComplete;
      button(launcher).focus();
      await sendKeys({ press: 'Enter' });
      button(launcher).click();
      await waitUntil(() => opens === 1);
      await aTimeout(200);
      expect(threadCalls(adapter)).to.have.length(1);
      expect([requests, opens]).to.deep.equal([1, 1]);
    });
  });
});
