import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { HarmonyCloseEvent } from '../../src/events/events.js';
import { focused, mountShareDialog, part, text, titleLoaded } from './support/share-dialog-harness.js';

describe('<harmony-share-dialog>', () => {
  describe('accessibility', () => {
    it('is a labelled, described modal dialog and passes axe once loaded', async () => {
      const { dialog } = await mountShareDialog();
      await titleLoaded(dialog);
      const native = part<HTMLDialogElement>(dialog, 'dialog')!;
      expect(native.open).to.equal(true);
      expect(native.matches(':modal')).to.equal(true);
      const labelledBy = native.getAttribute('aria-labelledby')!;
      expect(dialog.shadowRoot!.getElementById(labelledBy)!.textContent).to.equal(
        'Share "Weekly sync: Q3 launch readiness"',
      );
      expect(
        dialog.shadowRoot!.getElementById(native.getAttribute('aria-describedby')!)!.textContent,
      ).to.equal("Choose how you'd like to share this conversation insight report");
      await expect(dialog).to.be.accessible();
    });

    it('has one status region before anything is announced', async () => {
      const { dialog } = await mountShareDialog();
      const regions = dialog.shadowRoot!.querySelectorAll('[role="status"]');
      expect(regions).to.have.length(1);
      expect(regions[0]!.textContent!.trim()).to.equal('');
    });

    it('passes axe while loading', async () => {
      const { dialog } = await mountShareDialog({ adapter: { latency: 2000 } });
      expect(text(dialog, 'title')).to.equal('Loading conversation…');
      await expect(dialog).to.be.accessible();
    });
  });

  describe('display conditions', () => {
    afterEach(async () => {
      await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
      await setViewport({ width: 800, height: 600 });
    });

    it('stays within a 320 px wide viewport (or 200 % zoom) without sideways scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      const { dialog } = await mountShareDialog({ id: 'long-title' });
      await titleLoaded(dialog);
      part(dialog, 'link-button')!.click();
      await waitUntil(() => part(dialog, 'link-field'));
      const native = part<HTMLDialogElement>(dialog, 'dialog')!;
      const rect = native.getBoundingClientRect();
      expect(rect.left).to.be.at.least(0);
      expect(rect.right).to.be.at.most(320);
      expect(native.scrollWidth).to.be.at.most(native.clientWidth);
      await expect(dialog).to.be.accessible();
    });

    it('passes axe with forced colors', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const { dialog } = await mountShareDialog();
      await titleLoaded(dialog);
      await expect(dialog).to.be.accessible();
    });

    it('opens without animation when the user prefers reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const { dialog } = await mountShareDialog({ open: false });
      dialog.show();
      await dialog.updateComplete;
      const native = part<HTMLDialogElement>(dialog, 'dialog')!;
      expect(native.open).to.equal(true);
      expect(getComputedStyle(native).animationName).to.equal('none');
      expect(native.getAnimations()).to.have.length(0);
    });

    it('lays out right to left under dir="rtl"', async () => {
      const { dialog } = await mountShareDialog({ id: 'arabic-title' });
      dialog.parentElement!.dir = 'rtl';
      await titleLoaded(dialog);
      const close = part(dialog, 'close-button')!.getBoundingClientRect();
      const title = part(dialog, 'title')!.getBoundingClientRect();
      expect(close.right).to.be.below(title.left + 1);
      await expect(dialog).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('shows both actions and Done', async () => {
      const { dialog } = await mountShareDialog();
      await titleLoaded(dialog);
      expect(text(dialog, 'pdf-button')).to.equal('Share PDF');
      expect(text(dialog, 'link-button')).to.equal('Generate Link for Sharing');
      expect(text(dialog, 'done-button')).to.equal('Done');
      expect(part(dialog, 'close-button')!.getAttribute('aria-label')).to.equal('Close');
    });

    it('keeps sharing unavailable while processing, says why, and enables itself on completion', async () => {
      const { dialog, adapter } = await mountShareDialog({ id: 'roadmap-review', pollInterval: 50 });
      await titleLoaded(dialog);
      const pdf = part(dialog, 'pdf-button')!;
      expect(pdf.getAttribute('aria-disabled')).to.equal('true');
      expect(part(dialog, 'link-button')!.getAttribute('aria-disabled')).to.equal('true');
      expect(text(dialog, 'notice')).to.contain('still processing');
      expect(dialog.shadowRoot!.getElementById(pdf.getAttribute('aria-describedby')!)).to.equal(
        part(dialog, 'notice'),
      );
      await expect(dialog).to.be.accessible();
      part(dialog, 'link-button')!.click();
      await aTimeout(20);
      expect(adapter.calls.filter((c) => c.method === 'createShareLink')).to.have.length(0);

      adapter.update('roadmap-review', { status: 'completed' });
      await waitUntil(() => part(dialog, 'pdf-button')!.getAttribute('aria-disabled') === 'false');
      expect(part(dialog, 'notice')).to.equal(null);
    });

    it('re-checks a processing conversation at once when opened again', async () => {
      const { dialog, adapter } = await mountShareDialog({ id: 'roadmap-review', pollInterval: 60_000 });
      await titleLoaded(dialog);
      dialog.hide();
      await dialog.updateComplete;
      adapter.update('roadmap-review', { status: 'completed' });
      dialog.show();
      await waitUntil(() => part(dialog, 'pdf-button')!.getAttribute('aria-disabled') === 'false');
    });

    it('says a failed conversation cannot be shared', async () => {
      const { dialog } = await mountShareDialog({ id: 'failed-upload' });
      await titleLoaded(dialog);
      expect(text(dialog, 'notice')).to.contain('failed to process');
      expect(part(dialog, 'pdf-button')!.getAttribute('aria-disabled')).to.equal('true');
    });

    it('accepts string overrides, including the interpolated title', async () => {
      const { dialog } = await mountShareDialog();
      dialog.strings = { shareTitle: (title) => `Partager « ${title} »`, done: 'Terminé' };
      await titleLoaded(dialog).catch(() => undefined);
      await waitUntil(() => text(dialog, 'title').startsWith('Partager'));
      expect(text(dialog, 'title')).to.equal('Partager « Weekly sync: Q3 launch readiness »');
      expect(text(dialog, 'done-button')).to.equal('Terminé');
    });

    it('shows only the newest conversation when the id changes mid-load', async () => {
      const { dialog, adapter } = await mountShareDialog({ adapter: { latency: 200 } });
      adapter.setLatency({ getConversation: 20 });
      dialog.conversationId = 'failed-upload';
      await waitUntil(() => text(dialog, 'title').startsWith('Share "'));
      await aTimeout(250);
      expect(text(dialog, 'title')).to.equal('Share "Customer call (upload failed)"');
    });
  });

  describe('events and closing', () => {
    for (const [how, close] of [
      ['close-button', (d: HTMLElement) => part(d as never, 'close-button')!.click()],
      ['done-button', (d: HTMLElement) => part(d as never, 'done-button')!.click()],
      ['escape', () => sendKeys({ press: 'Escape' })],
    ] as const) {
      it(`closes from ${how} with harmony-close detail.source and returns focus to the opener`, async () => {
        const { dialog, opener } = await mountShareDialog();
        await titleLoaded(dialog);
        const closing = oneEvent(dialog, 'harmony-close') as Promise<HarmonyCloseEvent>;
        const closed = oneEvent(dialog, 'harmony-after-close');
        await close(dialog);
        expect((await closing).detail.source).to.equal(how);
        await closed;
        expect(dialog.open).to.equal(false);
        expect(part<HTMLDialogElement>(dialog, 'dialog')!.open).to.equal(false);
        expect(document.activeElement).to.equal(opener);
      });
    }

    it('stays open when harmony-close is prevented', async () => {
      const { dialog } = await mountShareDialog();
      dialog.addEventListener('harmony-close', (event) => event.preventDefault());
      part(dialog, 'done-button')!.click();
      await aTimeout(20);
      expect(dialog.open).to.equal(true);
      expect(part<HTMLDialogElement>(dialog, 'dialog')!.open).to.equal(true);
    });

    it('stays open when shown again before the previous close has settled', async () => {
      const { dialog } = await mountShareDialog();
      dialog.hide();
      await dialog.updateComplete;
      dialog.show();
      await dialog.updateComplete;
      await aTimeout(100);
      expect(dialog.open).to.equal(true);
      expect(part<HTMLDialogElement>(dialog, 'dialog')!.open).to.equal(true);
    });

    it('events bubble out of shadow roots', async () => {
      const { dialog } = await mountShareDialog();
      const atDocument = oneEvent(document, 'harmony-close');
      dialog.hide();
      const event = await atDocument;
      expect(event.bubbles && event.composed).to.equal(true);
    });
  });

  describe('keyboard', () => {
    // A native modal dialog makes the rest of the page inert: Tab cycles through the dialog and the
    // browser's own UI (which headless Chromium reports as focus on <body>), never the page behind.
    it('puts focus inside on open and never lets Tab reach the page behind', async () => {
      const { dialog, opener } = await mountShareDialog();
      await titleLoaded(dialog);
      expect(focused(dialog)).to.equal(part(dialog, 'pdf-button'));
      const seen = new Set<Element | null>();
      for (let i = 0; i < 10; i++) {
        await sendKeys({ press: 'Tab' });
        const now = focused(dialog);
        seen.add(now);
        expect(
          now === document.body || dialog.shadowRoot!.contains(now),
          `Tab ${i + 1} reached ${now?.outerHTML}`,
        ).to.equal(true);
        expect(now).not.to.equal(opener);
      }
      for (const name of ['close-button', 'pdf-button', 'link-button', 'done-button']) {
        expect(seen.has(part(dialog, name)), `${name} never focused`).to.equal(true);
      }
    });

    it('generates and copies a link with the keyboard alone', async () => {
      const { dialog } = await mountShareDialog();
      await titleLoaded(dialog);
      await sendKeys({ press: 'Tab' });
      expect(focused(dialog)).to.equal(part(dialog, 'link-button'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => part(dialog, 'link-field'));
      await waitUntil(() => focused(dialog) === part(dialog, 'link-field'));
      await sendKeys({ press: 'Tab' });
      expect(focused(dialog)).to.equal(part(dialog, 'copy-button'));
      await sendKeys({ press: 'Space' });
      await waitUntil(() => text(dialog, 'copy-button') === 'Copied');
    });
  });
});
