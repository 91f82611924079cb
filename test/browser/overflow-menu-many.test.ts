import { expect, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import {
  centreOf,
  expectFocusOn,
  isOpen,
  mountMenu,
  openWithKeyboard,
  part,
  placed,
  trigger,
} from './support/overflow-menu-harness.js';

describe('<harmony-overflow-menu> among others', () => {
  describe('one menu at a time', () => {
    it('closes the open menu when another one opens', async () => {
      const first = await mountMenu();
      const second = await mountMenu({ id: 'long-title' });
      await openWithKeyboard(first.menu);
      second.menu.show();
      await placed(second.menu);
      await first.menu.updateComplete;
      expect(isOpen(first.menu)).to.equal(false);
      expect(first.menu.open).to.equal(false);
      await expectFocusOn(part(second.menu, 'share-item'), 'Share of the second menu');
    });

    it('closes the open menu when another ⋯ button is clicked', async () => {
      const first = await mountMenu();
      // Far enough down that the first menu's surface does not cover the second button.
      const second = await mountMenu({
        id: 'long-title',
        wrap: (m) => html`<div style="margin-block-start: 12rem">${m}</div>`,
      });
      await openWithKeyboard(first.menu);
      await sendMouse({ type: 'click', position: centreOf(trigger(second.menu)) });
      await placed(second.menu);
      expect(isOpen(first.menu)).to.equal(false);
      expect(document.querySelectorAll('harmony-overflow-menu[open]')).to.have.length(1);
    });
  });
});
