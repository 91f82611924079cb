import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { MemoryAdapter, type MemoryAdapterOptions } from '../../src/adapter/memory-adapter.js';
import '../../src/components/companion-launcher/define.js';
import { HarmonyCompanionLauncher } from '../../src/components/companion-launcher/companion-launcher.js';
import type { HarmonyCompanionOpenEvent, HarmonyCompanionRequestEvent } from '../../src/events/events.js';
import { sampleConversations } from '../fixtures/sample-conversations.js';
import { expectFocusOn, nameOf, part } from './support/overflow-menu-harness.js';

interface LauncherHarness {
  launcher: HarmonyCompanionLauncher;
  adapter: MemoryAdapter;
  before: HTMLButtonElement;
}

/**
 * A launcher between two buttons. Navigation is always stopped (by preventing
 * harmony-companion-open) unless a test says otherwise: these tests run in the
 * test runner's own page, which must not navigate away.
 */
async function mountLauncher(
  options: { id?: string; adapter?: MemoryAdapterOptions; allowNavigation?: boolean } = {},
): Promise<LauncherHarness> {
  const adapter = new MemoryAdapter({ conversations: sampleConversations(), ...options.adapter });
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="padding: 3rem">
      <button id="before" type="button">Before</button>
      <harmony-companion-launcher
        conversation-id=${options.id ?? 'weekly-sync'}
        .adapter=${adapter}
      ></harmony-companion-launcher>
      <button id="after" type="button">After</button>
    </div>`,
  );
  const launcher = wrapper.querySelector('harmony-companion-launcher')!;
  if (!options.allowNavigation)
    launcher.addEventListener('harmony-companion-open', (event) => event.preventDefault());
  await launcher.updateComplete;
  return { launcher, adapter, before: wrapper.querySelector('#before')! };
}

const button = (launcher: HarmonyCompanionLauncher) => part<HTMLButtonElement>(launcher, 'button');
const tooltip = (launcher: HarmonyCompanionLauncher) => part(launcher, 'tooltip');
const callout = (launcher: HarmonyCompanionLauncher) => part(launcher, 'companion-feedback');
const threadCalls = (adapter: MemoryAdapter) =>
  adapter.calls.filter((call) => call.method === 'startCompanionThread');

function centreOf(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

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

  describe('blocked window', () => {
    /** A host page whose navigation the browser refuses, as a popup blocker does (see the navigation tests for the real one). */
    class RefusedLauncher extends HarmonyCompanionLauncher {
      protected override navigate(): boolean {
        return false;
      }
    }
    before(() => customElements.define('test-refused-launcher', RefusedLauncher));

    it('offers the thread as a link, and passes axe', async () => {
      const host = await fixture<HTMLDivElement>(html`<div style="padding: 3rem"></div>`);
      const launcher = Object.assign(document.createElement('test-refused-launcher') as RefusedLauncher, {
        conversationId: 'weekly-sync',
        target: '_blank',
        adapter: new MemoryAdapter({ conversations: sampleConversations() }),
      });
      host.append(launcher);
      await launcher.updateComplete;
      const opened = oneEvent(launcher, 'harmony-companion-open') as Promise<HarmonyCompanionOpenEvent>;
      button(launcher).click();
      const { detail } = await opened;
      await waitUntil(() => !!callout(launcher)?.matches(':popover-open'));
      const link = part<HTMLAnchorElement>(launcher, 'companion-link');
      expect(link.href).to.equal(detail.thread.url);
      expect(link.target).to.equal('_blank');
      await expect(launcher).to.be.accessible();
      link.addEventListener('click', (event) => event.preventDefault());
      link.click();
      await launcher.updateComplete;
      expect(!!callout(launcher)?.matches(':popover-open'), 'the link stayed after use').to.equal(false);
    });
  });

  describe('errors', () => {
    const codes = [
      ['unauthenticated', /session has ended.*Sign in/],
      ['forbidden', /permission to discuss this conversation with Companion.*Settings → Roles/],
      ['not-found', /no longer exists/],
      ['not-ready', /still processing.*Completed/],
      ['rate-limited', /Too many requests.*try again in 30 s/],
      ['unavailable', /temporarily unavailable/],
      ['network', /Check your connection/],
      ['timeout', /too long/],
      ['invalid-response', /could not read/],
    ] as const;
    for (const [code, message] of codes) {
      it(`explains '${code}' beside the button, and retries where that can help`, async () => {
        const { launcher, adapter } = await mountLauncher();
        adapter.failNext('startCompanionThread', code);
        const failed = oneEvent(launcher, 'harmony-error');
        button(launcher).click();
        expect((await failed).detail).to.include({ code, action: 'companion' });
        await waitUntil(
          () => !!callout(launcher)?.matches(':popover-open') && callout(launcher).style.top !== '',
        );
        const alert = callout(launcher).querySelector('[role="alert"]')!;
        expect(alert.textContent!.replace(/\s+/g, ' ')).to.match(message);
        expect(launcher.matches(':state(error)')).to.equal(true);
        const box = callout(launcher).getBoundingClientRect();
        expect(box.top).to.be.at.least(button(launcher).getBoundingClientRect().bottom);
        await expect(launcher).to.be.accessible();

        if (code === 'forbidden' || code === 'not-found') {
          // Asking again cannot help: no Try again is offered.
          expect(part(launcher, 'retry-button')).to.equal(null);
          return;
        }
        if (code === 'rate-limited') {
          expect(part(launcher, 'retry-button').getAttribute('aria-disabled')).to.equal('true');
          return;
        }
        const opened = oneEvent(launcher, 'harmony-companion-open');
        part(launcher, 'retry-button').click();
        await opened;
        await launcher.updateComplete;
        expect(!!callout(launcher)?.matches(':popover-open')).to.equal(false);
        expect(launcher.matches(':state(error)')).to.equal(false);
      });
    }

    it('refuses a thread URL that is not safe to open', async () => {
      const { launcher, adapter } = await mountLauncher({ allowNavigation: true });
      adapter.startCompanionThread = async () => ({ id: 't', url: 'javascript:alert(1)', suggestion: 's' });
      let opened = false;
      launcher.addEventListener('harmony-companion-open', () => (opened = true));
      const failed = oneEvent(launcher, 'harmony-error');
      button(launcher).click();
      expect((await failed).detail.code).to.equal('invalid-response');
      expect(opened).to.equal(false);
    });

    it('says Companion is not available without an adapter', async () => {
      const { launcher } = await mountLauncher();
      launcher.adapter = undefined;
      await launcher.updateComplete;
      const failed = oneEvent(launcher, 'harmony-error');
      button(launcher).click();
      expect((await failed).detail.code).to.equal('unsupported');
      await waitUntil(() => callout(launcher).textContent!.includes('Companion is not available here.'));
    });

    it('closes the callout with ✕ and puts focus back on the button', async () => {
      const { launcher, adapter } = await mountLauncher();
      adapter.failNext('startCompanionThread', 'unavailable');
      button(launcher).click();
      await waitUntil(() => !!callout(launcher)?.matches(':popover-open'));
      part(launcher, 'companion-feedback-close').focus();
      await sendKeys({ press: 'Enter' });
      await launcher.updateComplete;
      expect(!!callout(launcher)?.matches(':popover-open')).to.equal(false);
      await expectFocusOn(button(launcher), 'the launcher');
    });
  });
});
