import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { HarmonyCompanionLauncher } from '../../src/components/companion-launcher/companion-launcher.js';
import type { HarmonyCompanionOpenEvent } from '../../src/events/events.js';
import { sampleConversations } from '../fixtures/sample-conversations.js';
import { expectFocusOn, part } from './support/overflow-menu-harness.js';
import {
  launcherButton as button,
  launcherCallout as callout,
  mountLauncher,
} from './support/companion-launcher-harness.js';

describe('<harmony-companion-launcher> when it cannot open the thread', () => {
  afterEach(() => resetMouse());

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
