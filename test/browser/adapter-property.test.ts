import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { setDefaultAdapter } from '../../src/adapter/default-adapter.js';
import type { HarmonyAdapter } from '../../src/adapter/types.js';
import type { HarmonyShareDialog } from '../../src/components/share-dialog/share-dialog.js';
import type { HarmonyOverflowMenu } from '../../src/components/overflow-menu/overflow-menu.js';
import type { HarmonyCompanionLauncher } from '../../src/components/companion-launcher/companion-launcher.js';
import { sampleConversations } from '../fixtures/sample-conversations.js';
import { IDLE_DEADLINE } from './support/idle.js';

/** A backend whose weekly-sync carries `title`, so a test sees which adapter answered. */
function backend(title: string, latency = 0): MemoryAdapter {
  const conversations = sampleConversations().map((record) =>
    record.conversation.id === 'weekly-sync'
      ? { ...record, conversation: { ...record.conversation, title } }
      : record,
  );
  return new MemoryAdapter({ conversations, latency });
}

/** Wraps an adapter and keeps the signal of every request, as a host's own adapter could observe. */
function observed(inner: HarmonyAdapter): HarmonyAdapter & { signals: AbortSignal[] } {
  const signals: AbortSignal[] = [];
  return {
    signals,
    getConversation: (id, options) => (signals.push(options!.signal!), inner.getConversation(id, options)),
    getInsights: (id, options) => inner.getInsights(id, options),
    createShareLink: (id, options) => (signals.push(options!.signal!), inner.createShareLink(id, options)),
    revokeShareLink: (id, linkId, options) => inner.revokeShareLink!(id, linkId, options),
    startCompanionThread: (id, options) => (
      signals.push(options.signal!),
      inner.startCompanionThread(id, options)
    ),
  };
}

const part = (element: HTMLElement, name: string) =>
  element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const textOf = (element: HTMLElement, name: string) =>
  part(element, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const titleIs = (dialog: HTMLElement, title: string) =>
  waitUntil(() => textOf(dialog, 'title') === `Share "${title}"`, `the title never became "${title}"`);

async function openDialog(dialog: HarmonyShareDialog): Promise<void> {
  const opened = oneEvent(dialog, 'harmony-after-open');
  dialog.show();
  await opened;
}

/** Console errors written while `body` runs. */
async function consoleErrors(body: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  try {
    await body();
  } finally {
    console.error = original;
  }
  return errors;
}

describe('the adapter property', () => {
  afterEach(() => setDefaultAdapter(undefined));

  describe('<harmony-share-dialog>', () => {
    it('is a property, not an attribute, and works when set before the element connects', async () => {
      const dialog = document.createElement('harmony-share-dialog');
      expect('adapter' in dialog, 'frameworks set it as a property when the element has one').to.equal(true);
      dialog.adapter = backend('Set before connect');
      dialog.conversationId = 'weekly-sync';
      await fixture(html`<div>${dialog}</div>`);
      await openDialog(dialog);
      await titleIs(dialog, 'Set before connect');
      expect(dialog.hasAttribute('adapter')).to.equal(false);
    });

    it('set after connect on a closed dialog, is used at the next open', async () => {
      const dialog = await fixture<HarmonyShareDialog>(
        html`<harmony-share-dialog conversation-id="weekly-sync"></harmony-share-dialog>`,
      );
      dialog.adapter = backend('Set while closed');
      await openDialog(dialog);
      await titleIs(dialog, 'Set while closed');
    });

    it('set while the dialog is open without one, replaces "not available" with the conversation', async () => {
      const dialog = await fixture<HarmonyShareDialog>(
        html`<harmony-share-dialog conversation-id="weekly-sync"></harmony-share-dialog>`,
      );
      await openDialog(dialog);
      await waitUntil(() => textOf(dialog, 'error').includes('This action is not available here.'));
      dialog.adapter = backend('Set while open');
      await titleIs(dialog, 'Set while open');
      expect(textOf(dialog, 'error')).to.equal('');
    });

    it('replaced while open, aborts the old request and reloads through the new adapter', async () => {
      const slow = observed(backend('Old backend', 60_000));
      const dialog = await fixture<HarmonyShareDialog>(
        html`<harmony-share-dialog conversation-id="weekly-sync" .adapter=${slow}></harmony-share-dialog>`,
      );
      await openDialog(dialog);
      await waitUntil(() => slow.signals.length === 1);
      dialog.adapter = backend('New backend');
      await titleIs(dialog, 'New backend');
      expect(slow.signals[0]!.aborted).to.equal(true);
    });

    it("replaced after a link was made, no longer shows the old backend's link", async () => {
      const dialog = await fixture<HarmonyShareDialog>(
        html`<harmony-share-dialog
          conversation-id="weekly-sync"
          .adapter=${backend('First')}
        ></harmony-share-dialog>`,
      );
      await openDialog(dialog);
      await titleIs(dialog, 'First');
      const created = oneEvent(dialog, 'harmony-link-created');
      part(dialog, 'link-button')!.click();
      await created;
      await waitUntil(() => part(dialog, 'link-field'));
      dialog.adapter = backend('Second');
      await titleIs(dialog, 'Second');
      expect(part(dialog, 'link-field')).to.equal(null);
    });

    it('follows setDefaultAdapter while open when it has none of its own', async () => {
      const dialog = await fixture<HarmonyShareDialog>(
        html`<harmony-share-dialog conversation-id="weekly-sync"></harmony-share-dialog>`,
      );
      setDefaultAdapter(backend('Page default'));
      await openDialog(dialog);
      await titleIs(dialog, 'Page default');
      setDefaultAdapter(backend('New page default'));
      await titleIs(dialog, 'New page default');
      dialog.adapter = backend('Its own');
      await titleIs(dialog, 'Its own');
      setDefaultAdapter(backend('Ignored default'));
      await dialog.updateComplete;
      expect(textOf(dialog, 'title')).to.equal('Share "Its own"');
    });
  });

  describe('bad input', () => {
    it('an object without the required methods: one console error naming them, and "not available"', async () => {
      const incomplete = { getConversation: () => Promise.reject(new Error('never called')) };
      const errors = await consoleErrors(async () => {
        const dialog = await fixture<HarmonyShareDialog>(
          html`<harmony-share-dialog
            conversation-id="weekly-sync"
            .adapter=${incomplete}
          ></harmony-share-dialog>`,
        );
        await openDialog(dialog);
        await waitUntil(() => textOf(dialog, 'error').includes('This action is not available here.'));
        part(dialog, 'retry-button')?.click();
        await dialog.updateComplete;
      });
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('<harmony-share-dialog>');
      expect(errors[0]).to.contain('getInsights()').and.contain('createShareLink()');
      expect(errors[0]).to.contain('startCompanionThread()').and.not.contain('getConversation()');
    });

    it('a string where an object belongs: one console error, and the element keeps working', async () => {
      const errors = await consoleErrors(async () => {
        const dialog = await fixture<HarmonyShareDialog>(
          html`<harmony-share-dialog
            conversation-id="weekly-sync"
            .adapter=${'[object Object]'}
          ></harmony-share-dialog>`,
        );
        await openDialog(dialog);
        await waitUntil(() => textOf(dialog, 'error').includes('This action is not available here.'));
        dialog.adapter = backend('Recovered');
        await titleIs(dialog, 'Recovered');
      });
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('not an object');
    });

    it('an adapter attribute (a framework that could not set the property) is named in the console', async () => {
      const errors = await consoleErrors(async () => {
        await fixture(
          html`<harmony-overflow-menu
            conversation-id="weekly-sync"
            adapter="[object Object]"
          ></harmony-overflow-menu>`,
        );
      });
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('<harmony-overflow-menu>').and.contain('is a property, not an attribute');
    });
  });

  describe('<harmony-overflow-menu>', () => {
    it('set after connect, names the ⋯ button after the conversation at once', async () => {
      const menu = await fixture<HarmonyOverflowMenu>(
        html`<harmony-overflow-menu conversation-id="weekly-sync"></harmony-overflow-menu>`,
      );
      expect(part(menu, 'trigger')!.getAttribute('aria-label')).to.equal('More actions');
      menu.adapter = backend('Named late');
      await waitUntil(
        () => part(menu, 'trigger')!.getAttribute('aria-label') === 'More actions for Named late',
      );
      menu.adapter = backend('Renamed');
      await waitUntil(
        () => part(menu, 'trigger')!.getAttribute('aria-label') === 'More actions for Renamed',
        'never renamed',
        IDLE_DEADLINE,
      );
    });
  });

  describe('<harmony-companion-launcher>', () => {
    it('replaced while a thread is being created, aborts that request', async () => {
      const slow = observed(backend('Slow', 60_000));
      const launcher = await fixture<HarmonyCompanionLauncher>(
        html`<harmony-companion-launcher
          conversation-id="weekly-sync"
          .adapter=${slow}
        ></harmony-companion-launcher>`,
      );
      const requested = oneEvent(launcher, 'harmony-companion-request');
      part(launcher, 'button')!.click();
      await requested;
      // The launcher's own look at the conversation, then the thread request.
      await waitUntil(() => slow.signals.length === 2);
      expect(part(launcher, 'button')!.getAttribute('aria-disabled')).to.equal('true');
      launcher.adapter = backend('Fast');
      await waitUntil(() => slow.signals.every((s) => s.aborted), 'the old requests were never aborted');
      await waitUntil(() => part(launcher, 'button')!.getAttribute('aria-disabled') === 'false');
    });
  });
});
