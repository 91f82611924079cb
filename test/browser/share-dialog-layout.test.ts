import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { focused, mountShareDialog, part, text, titleLoaded } from './support/share-dialog-harness.js';
import { nameOf } from './support/overflow-menu-harness.js';
import type { HarmonyShareDialog } from '../../src/components/share-dialog/share-dialog.js';

const panelOf = (dialog: HarmonyShareDialog) => part(dialog, 'panel')!;
const boxOf = (dialog: HarmonyShareDialog, name: string) => part(dialog, name)!.getBoundingClientRect();

/** Scrolls a part into view inside the dialog, as a user would, and checks it is on screen and on top. */
function expectReachable(dialog: HarmonyShareDialog, name: string, width: number, height: number): void {
  const element = part(dialog, name)!;
  element.scrollIntoView({ block: 'nearest' });
  const box = element.getBoundingClientRect();
  expect(box.left, `${name} left`).to.be.at.least(0);
  expect(box.right, `${name} right`).to.be.at.most(width);
  expect(box.top, `${name} top`).to.be.at.least(0);
  expect(box.bottom, `${name} bottom`).to.be.at.most(height);
  const hit = dialog.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  expect(element.contains(hit), `${name} is covered`).to.equal(true);
}

describe('<harmony-share-dialog> layout', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  describe('accessibility', () => {
    it('has no banner or contentinfo landmark inside the dialog', async () => {
      const { dialog } = await mountShareDialog();
      await titleLoaded(dialog);
      const root = dialog.shadowRoot!;
      expect(root.querySelectorAll('header, footer, [role="banner"], [role="contentinfo"]')).to.have.length(
        0,
      );
    });

    it('keeps the whole of a 200-character title as the name and tooltip, shown in two lines', async () => {
      const { dialog, adapter } = await mountShareDialog({ id: 'title-200' });
      const { title } = await adapter.getConversation('title-200');
      expect(title).to.have.length(200);
      await titleLoaded(dialog);
      const heading = part(dialog, 'title')!;
      expect(heading.getAttribute('title')).to.equal(`Share "${title}"`);
      expect(await nameOf(part(dialog, 'dialog')!)).to.equal(`Share "${title}"`);
      const lineHeight = parseFloat(getComputedStyle(heading).lineHeight);
      expect(heading.getBoundingClientRect().height).to.be.at.most(lineHeight * 2 + 1);
      expect(heading.scrollHeight).to.be.greaterThan(heading.clientHeight);
      await expect(dialog).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('says in the heading that the conversation could not be loaded', async () => {
      const { dialog } = await mountShareDialog({
        adapter: { failures: { getConversation: 'unavailable' } },
      });
      await waitUntil(() => text(dialog, 'error'));
      expect(text(dialog, 'title')).to.equal("Couldn't load this conversation");
      expect(await nameOf(part(dialog, 'dialog')!)).to.equal("Couldn't load this conversation");
      await expect(dialog).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('shows no focus ring on the unavailable first action while loading, and one once it is ready', async () => {
      const { dialog, opener } = await mountShareDialog({
        open: false,
        adapter: { latency: { getConversation: 400 } },
      });
      opener.focus();
      const opened = oneEvent(dialog, 'harmony-after-open');
      await sendKeys({ press: 'Enter' });
      await opened;
      const pdf = part(dialog, 'pdf-button')!;
      expect(focused(dialog)).to.equal(pdf);
      expect(pdf.getAttribute('aria-disabled')).to.equal('true');
      expect(getComputedStyle(pdf).outlineStyle).to.equal('none');
      await titleLoaded(dialog);
      await dialog.updateComplete;
      expect(pdf.matches(':focus-visible')).to.equal(true);
      expect(getComputedStyle(pdf).outlineStyle).to.equal('solid');
    });

    it('shows the start of the link when the field is focused', async () => {
      await setViewport({ width: 320, height: 640 });
      const { dialog } = await mountShareDialog();
      await titleLoaded(dialog);
      part(dialog, 'link-button')!.click();
      await waitUntil(() => focused(dialog) === part(dialog, 'link-field'));
      const field = part<HTMLInputElement>(dialog, 'link-field')!;
      expect(field.scrollWidth).to.be.greaterThan(field.clientWidth);
      expect(field.scrollLeft).to.equal(0);
      expect(field.selectionStart).to.equal(0);
      expect(field.selectionEnd).to.equal(field.value.length);
    });
  });

  describe('parts and states', () => {
    for (const [width, height] of [
      [320, 568],
      [375, 667],
      [1024, 768],
    ] as const) {
      it(`keeps its size from loading to loaded and its top edge as results appear (${width} × ${height})`, async () => {
        await setViewport({ width, height });
        const { dialog, adapter } = await mountShareDialog({
          adapter: { latency: { getConversation: 300 } },
        });
        const loadingHeight = panelOf(dialog).getBoundingClientRect().height;
        const loadingTop = boxOf(dialog, 'dialog').top;
        await titleLoaded(dialog);
        expect(panelOf(dialog).getBoundingClientRect().height).to.be.closeTo(loadingHeight, 1);
        expect(boxOf(dialog, 'dialog').top).to.be.closeTo(loadingTop, 1);
        adapter.setLatency(0);
        part(dialog, 'link-button')!.click();
        await waitUntil(() => part(dialog, 'link-field'));
        expect(boxOf(dialog, 'dialog').top).to.be.closeTo(loadingTop, 1);
        // Revoke and Done stay reachable on the smallest screens.
        expectReachable(dialog, 'revoke-button', width, height);
        expectReachable(dialog, 'done-button', width, height);
      });
    }

    for (const id of ['title-200', 'one-word-title']) {
      it(`wraps the ${id} heading within a 320 px screen`, async () => {
        await setViewport({ width: 320, height: 640 });
        const { dialog } = await mountShareDialog({ id });
        await titleLoaded(dialog);
        const heading = boxOf(dialog, 'title');
        expect(heading.right).to.be.at.most(boxOf(dialog, 'close-button').left + 1);
        expect(boxOf(dialog, 'close-button').right).to.be.at.most(320);
        const native = part(dialog, 'dialog')!;
        expect(native.scrollWidth).to.be.at.most(native.clientWidth);
      });
    }

    it('lines "Revoke link" up with the field and marks a failed copy as a warning', async () => {
      const { dialog } = await mountShareDialog();
      await titleLoaded(dialog);
      part(dialog, 'link-button')!.click();
      await waitUntil(() => part(dialog, 'revoke-button'));
      const field = boxOf(dialog, 'link-field');
      const revoke = part(dialog, 'revoke-button')!;
      const words = document.createRange();
      words.selectNodeContents(revoke);
      expect(words.getBoundingClientRect().left).to.be.closeTo(field.left, 1.5);

      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
      const execCommand = document.execCommand;
      document.execCommand = () => false;
      try {
        part(dialog, 'copy-button')!.click();
        await waitUntil(() => part(dialog, 'copy-hint'));
      } finally {
        document.execCommand = execCommand;
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
      const hint = part(dialog, 'copy-hint')!;
      const danger = getComputedStyle(part(dialog, 'revoke-button')!).color;
      expect(getComputedStyle(hint).borderInlineStartColor).to.equal(danger);
      expect(getComputedStyle(hint.querySelector('strong')!).color).to.equal(danger);
      expect(hint.querySelector('strong')!.textContent).to.equal('Could not copy automatically.');
      await expect(dialog).to.be.accessible();
    });
  });
});
