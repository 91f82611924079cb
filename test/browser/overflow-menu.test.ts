import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { HarmonySelectEvent } from '../../src/events/events.js';
import {
  centreOf,
  expectFocusOn,
  focusedName,
  isOpen,
  items,
  loaded,
  mountMenu,
  nameOf,
  openWithKeyboard,
  part,
  placed,
  surface,
  trigger,
} from './support/overflow-menu-harness.js';

describe('<harmony-overflow-menu>', () => {
  describe('accessibility', () => {
    it('is a menu button named after the conversation, and passes axe closed', async () => {
      const { menu } = await mountMenu({ adapter: { latency: 100 } });
      const button = trigger(menu);
      expect(button.getAttribute('aria-label')).to.equal('More actions');
      await loaded(menu);
      expect(button.getAttribute('aria-label')).to.equal('More actions for Weekly sync: Q3 launch readiness');
      expect(button.getAttribute('aria-haspopup')).to.equal('menu');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(isOpen(menu)).to.equal(false);
      await expect(menu).to.be.accessible();
    });

    it('opens a labelled menu of menuitems, host items after the built-in ones, and passes axe open', async () => {
      const { menu } = await mountMenu({ hostItems: true });
      await loaded(menu);
      await openWithKeyboard(menu);
      const list = surface(menu);
      expect(list.getAttribute('role')).to.equal('menu');
      expect(menu.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!)).to.equal(trigger(menu));
      expect(trigger(menu).getAttribute('aria-expanded')).to.equal('true');
      expect(await Promise.all(items(menu).map(nameOf))).to.deep.equal([
        'Share',
        'Discuss with Companion',
        'Rename',
        'Delete',
      ]);
      expect(items(menu).map((item) => item.getAttribute('role'))).to.deep.equal(Array(4).fill('menuitem'));
      expect(part(menu, 'separator').hidden).to.equal(false);
      expect(menu.matches(':state(open)')).to.equal(true);
      await expect(menu).to.be.accessible();
    });

    it('keeps Share focusable but disabled while processing, and says why', async () => {
      const { menu } = await mountMenu({ id: 'roadmap-review' });
      await loaded(menu);
      await openWithKeyboard(menu);
      const share = part(menu, 'share-item');
      await expectFocusOn(share, 'Share');
      expect(share.getAttribute('aria-disabled')).to.equal('true');
      expect(await nameOf(share)).to.equal('Share');
      const reason = menu.shadowRoot!.getElementById(share.getAttribute('aria-describedby')!)!;
      expect(reason.textContent).to.equal('Available when processing completes');
      expect(reason.checkVisibility()).to.equal(true);
      await expect(menu).to.be.accessible();
    });

    it('has no separator without host items', async () => {
      const { menu } = await mountMenu();
      await openWithKeyboard(menu);
      expect(items(menu)).to.have.length(2);
      expect(part(menu, 'separator').hidden).to.equal(true);
    });
  });

  describe('properties', () => {
    it('enables Share by itself when the conversation completes while the menu is open', async () => {
      const { menu, adapter } = await mountMenu({ id: 'roadmap-review', pollInterval: 50 });
      await loaded(menu);
      await openWithKeyboard(menu);
      adapter.update('roadmap-review', { status: 'completed' });
      await waitUntil(() => part(menu, 'share-item').getAttribute('aria-disabled') === 'false');
      expect(part(menu, 'share-item').hasAttribute('aria-describedby')).to.equal(false);
    });

    it('says why Share is unavailable for a failed conversation and one that cannot load', async () => {
      const failed = await mountMenu({ id: 'failed-upload' });
      await loaded(failed.menu);
      await openWithKeyboard(failed.menu);
      expect(part(failed.menu, 'share-item').textContent).to.contain('failed to process');

      const forbidden = await mountMenu({ adapter: { failures: { getConversation: 'forbidden' } } });
      await openWithKeyboard(forbidden.menu);
      await waitUntil(() => part(forbidden.menu, 'share-item').textContent!.includes('permission'));
      expect(trigger(forbidden.menu).getAttribute('aria-label')).to.equal('More actions');
    });

    it('takes string overrides', async () => {
      const { menu } = await mountMenu();
      menu.strings = { moreActions: (title) => `Plus d’actions pour ${title}`, share: 'Partager' };
      await waitUntil(() => trigger(menu).getAttribute('aria-label')!.startsWith('Plus'));
      expect(trigger(menu).getAttribute('aria-label')).to.equal(
        'Plus d’actions pour Weekly sync: Q3 launch readiness',
      );
      await openWithKeyboard(menu);
      expect(await nameOf(part(menu, 'share-item'))).to.equal('Partager');
    });

    it('opens and closes with show() and hide(), returning focus from inside to the ⋯ button', async () => {
      const { menu } = await mountMenu();
      menu.show();
      await placed(menu);
      expect(menu.open).to.equal(true);
      await expectFocusOn(part(menu, 'share-item'), 'Share');
      menu.hide();
      await menu.updateComplete;
      expect(isOpen(menu)).to.equal(false);
      await expectFocusOn(trigger(menu), 'the ⋯ button');
    });
  });

  describe('events', () => {
    it('fires harmony-select with a host item’s value, closes, and returns focus', async () => {
      const { menu } = await mountMenu({ hostItems: true });
      await openWithKeyboard(menu);
      const selected = oneEvent(menu, 'harmony-select') as Promise<HarmonySelectEvent>;
      items(menu)[2]!.click();
      const event = await selected;
      expect(event.detail.value).to.equal('rename');
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
      await menu.updateComplete;
      expect(isOpen(menu)).to.equal(false);
      await expectFocusOn(trigger(menu), 'the ⋯ button');
    });

    it('does nothing for a disabled item and stays open', async () => {
      const { menu } = await mountMenu({ hostItems: true });
      await openWithKeyboard(menu);
      let selections = 0;
      menu.addEventListener('harmony-select', () => selections++);
      items(menu)[3]!.click();
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'Enter' });
      await aTimeout(20);
      expect(selections).to.equal(0);
      expect(isOpen(menu)).to.equal(true);
      expect(await focusedName()).to.equal('Delete');
    });

    it('skips the built-in Share action when harmony-select is prevented', async () => {
      const { menu } = await mountMenu();
      await loaded(menu);
      menu.addEventListener('harmony-select', (event) => event.preventDefault());
      await openWithKeyboard(menu);
      await sendKeys({ press: 'Enter' });
      await aTimeout(50);
      expect(menu.shadowRoot!.querySelector('harmony-share-dialog')).to.equal(null);
      await expectFocusOn(trigger(menu), 'the ⋯ button');
    });
  });

  describe('keyboard', () => {
    for (const [key, label] of [
      ['Enter', 'Share'],
      ['Space', 'Share'],
      ['ArrowDown', 'Share'],
      ['ArrowUp', 'Delete'],
    ] as const) {
      it(`${key} on the ⋯ button opens the menu on ${label}`, async () => {
        const { menu } = await mountMenu({ hostItems: true });
        await openWithKeyboard(menu, key);
        expect(await focusedName()).to.equal(label);
        // The key's release must not "click" the button again and close the menu.
        await aTimeout(50);
        expect(isOpen(menu)).to.equal(true);
      });
    }

    it('moves with arrows (wrapping), Home and End, disabled items included', async () => {
      const { menu } = await mountMenu({ hostItems: true });
      await openWithKeyboard(menu);
      const path: (string | undefined)[] = [];
      for (const key of [
        'ArrowDown',
        'ArrowDown',
        'ArrowDown',
        'ArrowDown',
        'ArrowUp',
        'End',
        'Home',
        'ArrowUp',
      ]) {
        await sendKeys({ press: key });
        path.push(await focusedName());
      }
      expect(path).to.deep.equal([
        'Discuss with Companion',
        'Rename',
        'Delete',
        'Share',
        'Delete',
        'Delete',
        'Share',
        'Delete',
      ]);
    });

    it('jumps by typeahead: a letter cycles through its items, quick letters spell a prefix', async () => {
      const { menu } = await mountMenu({ hostItems: true });
      await openWithKeyboard(menu);
      await sendKeys({ press: 'd' });
      expect(await focusedName()).to.equal('Discuss with Companion');
      await aTimeout(600);
      await sendKeys({ press: 'd' });
      expect(await focusedName()).to.equal('Delete');
      await aTimeout(600);
      await sendKeys({ press: 'r' });
      expect(await focusedName()).to.equal('Rename');
      await aTimeout(600);
      await sendKeys({ type: 'sh' });
      expect(await focusedName()).to.equal('Share');
    });

    it('closes on Escape and returns focus to the ⋯ button', async () => {
      const { menu } = await mountMenu();
      await openWithKeyboard(menu);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Escape' });
      await menu.updateComplete;
      expect(isOpen(menu)).to.equal(false);
      expect(trigger(menu).getAttribute('aria-expanded')).to.equal('false');
      await expectFocusOn(trigger(menu), 'the ⋯ button');
    });

    it('closes on Tab and moves on to the next element; Shift+Tab to the previous one', async () => {
      const { menu, before, after } = await mountMenu();
      await openWithKeyboard(menu);
      await sendKeys({ press: 'Tab' });
      expect(isOpen(menu)).to.equal(false);
      await expectFocusOn(after, 'After');

      await openWithKeyboard(menu);
      await sendKeys({ press: 'Shift+Tab' });
      expect(isOpen(menu)).to.equal(false);
      await expectFocusOn(before, 'Before');
    });

    it('selects with Enter and with Space', async () => {
      const { menu } = await mountMenu({ hostItems: true });
      for (const key of ['Enter', 'Space']) {
        await openWithKeyboard(menu);
        await sendKeys({ press: 'r' });
        const selected = oneEvent(menu, 'harmony-select') as Promise<HarmonySelectEvent>;
        await sendKeys({ press: key });
        expect((await selected).detail.value).to.equal('rename');
        await aTimeout(50);
        expect(isOpen(menu), `${key} reopened the menu`).to.equal(false);
        await expectFocusOn(trigger(menu), 'the ⋯ button');
      }
    });

    it('closes when a pointer goes down outside, leaving focus where the user clicked', async () => {
      const { menu, after } = await mountMenu();
      await openWithKeyboard(menu);
      await sendMouse({ type: 'click', position: centreOf(after) });
      await menu.updateComplete;
      expect(isOpen(menu)).to.equal(false);
      await expectFocusOn(after, 'After');
    });

    it('toggles with clicks on the ⋯ button', async () => {
      const { menu } = await mountMenu();
      await sendMouse({ type: 'click', position: centreOf(trigger(menu)) });
      await placed(menu);
      await expectFocusOn(part(menu, 'share-item'), 'Share');
      await sendMouse({ type: 'click', position: centreOf(trigger(menu)) });
      await menu.updateComplete;
      expect(isOpen(menu)).to.equal(false);
      await expectFocusOn(trigger(menu), 'the ⋯ button');
    });
  });
});
