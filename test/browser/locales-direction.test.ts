import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/components/share-dialog/define.js';
import type { HarmonyShareDialog } from '../../src/components/share-dialog/share-dialog.js';
import '../../src/locales/ar.js';
import '../../src/locales/de.js';
import { openDialogIn, part, text } from './support/share-dialog-harness.js';
import {
  expectBesideTrigger,
  items,
  mountMenu,
  placed,
  surface,
  trigger,
} from './support/overflow-menu-harness.js';

const directionOf = (element: Element) => getComputedStyle(element).direction;
const box = (dialog: HarmonyShareDialog, name: string) => part(dialog, name)!.getBoundingClientRect();

describe('locales: right to left', () => {
  describe('accessibility', () => {
    it('an Arabic dialog is accessible', async () => {
      const dialog = await openDialogIn((d) => html`<section lang="ar">${d}</section>`);
      expect(text(dialog, 'title')).to.equal('مشاركة «\u2068Weekly sync: Q3 launch readiness\u2069»');
      await expect(dialog).to.be.accessible();
    });
  });

  describe('parts', () => {
    it('lays the Arabic dialog out right to left: ✕ at the left, the title at the right', async () => {
      const dialog = await openDialogIn((d) => html`<section lang="ar">${d}</section>`);
      expect(directionOf(part(dialog, 'panel')!)).to.equal('rtl');
      const close = box(dialog, 'close-button');
      const title = box(dialog, 'title');
      const panel = box(dialog, 'panel');
      expect(close.right, 'the ✕ is left of the title').to.be.at.most(title.left);
      expect(panel.right - title.right, 'the title starts at the right edge').to.be.below(40);
      // Done sits at the inline end: the left.
      expect(box(dialog, 'done-button').left - panel.left).to.be.below(40);
    });

    it('shows the link from its start in an Arabic dialog: a URL reads left to right', async () => {
      const dialog = await openDialogIn((d) => html`<section lang="ar">${d}</section>`);
      await waitUntil(() => part(dialog, 'link-button')!.getAttribute('aria-disabled') === 'false');
      part(dialog, 'link-button')!.click();
      await waitUntil(() => part(dialog, 'link-field'), 'no link');
      const field = part<HTMLInputElement>(dialog, 'link-field')!;
      expect(directionOf(field)).to.equal('ltr');
      // The field still sits at the inline start of its row: right of Copy.
      expect(field.getBoundingClientRect().left).to.be.at.least(box(dialog, 'copy-button').right);
    });

    it('keeps a German dialog left to right, even inside a right-to-left page', async () => {
      const dialog = await openDialogIn((d) => html`<div dir="rtl"><section lang="de">${d}</section></div>`);
      expect(directionOf(part(dialog, 'panel')!)).to.equal('ltr');
      expect(box(dialog, 'close-button').left).to.be.at.least(box(dialog, 'title').right);
    });

    it('lets a dir the host sets on or inside the language’s element win', async () => {
      const dialog = await openDialogIn((d) => html`<section lang="ar" dir="ltr">${d}</section>`);
      expect(directionOf(part(dialog, 'panel')!)).to.equal('ltr');
      dialog.closest('section')!.removeAttribute('dir');
      await waitUntil(
        () => directionOf(part(dialog, 'panel')!) === 'rtl',
        'not rtl once the host’s dir went',
      );
    });

    it('turns right to left when lang changes to Arabic', async () => {
      const dialog = await openDialogIn((d) => html`<section lang="de">${d}</section>`);
      expect(directionOf(part(dialog, 'panel')!)).to.equal('ltr');
      dialog.closest('section')!.setAttribute('lang', 'ar');
      await waitUntil(() => directionOf(part(dialog, 'panel')!) === 'rtl', 'still ltr');
      expect(text(dialog, 'done-button')).to.equal('تم');
    });

    it('opens the Arabic menu right to left, aligned to the ⋯ button’s left edge', async () => {
      const { menu } = await mountMenu({
        hostItems: true,
        wrap: (m) => html`<div lang="ar" style="padding-inline-start: 20rem">${m}</div>`,
      });
      await waitUntil(() => trigger(menu).getAttribute('aria-label')!.startsWith('إجراءات أخرى لـ'));
      trigger(menu).click();
      await placed(menu);
      expect(directionOf(surface(menu))).to.equal('rtl');
      expectBesideTrigger(menu);
      const menuBox = surface(menu).getBoundingClientRect();
      expect(Math.abs(menuBox.left - trigger(menu).getBoundingClientRect().left)).to.be.below(1);
      const [share, , rename] = items(menu);
      expect(share!.textContent).to.contain('مشاركة');
      // Items read from the right: the icon sits right of the label, host items too.
      for (const item of [share!, rename!]) {
        const icon = item.shadowRoot!.querySelector('[part="icon"]')!.getBoundingClientRect();
        const label = item.shadowRoot!.querySelector('[part="label"]')!.getBoundingClientRect();
        expect(icon.left, item.textContent!).to.be.at.least(label.right);
      }
      await expect(menu).to.be.accessible();
    });
  });
});
