import { expect, waitUntil } from '@open-wc/testing';
import { isOpen, loaded, mountMenu, trigger } from './support/overflow-menu-harness.js';

describe('<harmony-overflow-menu> trigger', () => {
  describe('parts and states', () => {
    it('looks pressed while its menu is open, and not once it closes', async () => {
      const { menu } = await mountMenu();
      await loaded(menu);
      const closed = getComputedStyle(trigger(menu));
      const [closedBackground, closedShadow] = [closed.backgroundColor, closed.boxShadow];
      expect(closedBackground).to.equal('rgba(0, 0, 0, 0)');
      trigger(menu).click();
      await waitUntil(() => isOpen(menu));
      const open = getComputedStyle(trigger(menu));
      expect(trigger(menu).getAttribute('aria-expanded')).to.equal('true');
      expect(open.backgroundColor).not.to.equal(closedBackground);
      expect(open.boxShadow).not.to.equal(closedShadow);
      menu.hide();
      await waitUntil(() => !isOpen(menu));
      await menu.updateComplete;
      expect(getComputedStyle(trigger(menu)).backgroundColor).to.equal(closedBackground);
    });
  });
});
