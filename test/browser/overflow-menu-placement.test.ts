import { expect, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { HarmonyOverflowMenu } from '../../src/components/overflow-menu/overflow-menu.js';
import {
  expectBesideTrigger,
  expectFocusOn,
  isOpen,
  mountMenu,
  part,
  placed,
  surface,
  trigger,
} from './support/overflow-menu-harness.js';

async function openFromKeyboard(menu: HarmonyOverflowMenu): Promise<void> {
  trigger(menu).focus();
  await sendKeys({ press: 'Enter' });
  await placed(menu);
}

const longItems = html`<harmony-menu-item value="export"
  >Export the transcript and every insight to the team’s shared drive</harmony-menu-item
>`;

describe('<harmony-overflow-menu> placement', () => {
  afterEach(async () => {
    // The runner's default viewport, for the next test.
    await setViewport({ width: 800, height: 600 });
  });

  it('opens under the ⋯ button, aligned to its end edge', async () => {
    const { menu } = await mountMenu({
      wrap: (m) => html`<div style="padding-inline-start: 20rem">${m}</div>`,
    });
    await openFromKeyboard(menu);
    expectBesideTrigger(menu);
    const box = surface(menu).getBoundingClientRect();
    expect(Math.abs(box.right - trigger(menu).getBoundingClientRect().right)).to.be.below(1);
  });

  it('mirrors in right-to-left pages: aligned to the button’s left edge', async () => {
    const { menu } = await mountMenu({
      wrap: (m) => html`<div dir="rtl" style="padding-inline-start: 20rem">${m}</div>`,
    });
    await openFromKeyboard(menu);
    expectBesideTrigger(menu);
    const box = surface(menu).getBoundingClientRect();
    expect(Math.abs(box.left - trigger(menu).getBoundingClientRect().left)).to.be.below(1);
  });

  it('flips above the button near the bottom of the viewport', async () => {
    const { menu } = await mountMenu({
      wrap: (m) =>
        html`<div style="position: fixed; inset-block-end: 0.5rem; inset-inline-end: 1rem">${m}</div>`,
    });
    await openFromKeyboard(menu);
    expectBesideTrigger(menu);
    expect(surface(menu).getBoundingClientRect().bottom).to.be.at.most(
      trigger(menu).getBoundingClientRect().top,
    );
  });

  it('follows its button in a scroll container, and hides with it when scrolled out of view', async () => {
    const { menu } = await mountMenu({
      wrap: (m) =>
        html`<div id="scroller" style="block-size: 10rem; overflow: auto; border: 1px solid">
          <div style="padding-block: 6rem 30rem">${m}</div>
        </div>`,
    });
    const scroller = document.getElementById('scroller')!;
    scroller.scrollTop = 40;
    await openFromKeyboard(menu);
    expectBesideTrigger(menu);

    scroller.scrollTop = 70;
    await waitUntil(
      () =>
        Math.abs(
          surface(menu).getBoundingClientRect().top - trigger(menu).getBoundingClientRect().bottom - 4,
        ) < 1.5,
    );
    expectBesideTrigger(menu);

    scroller.scrollTop = 400;
    await waitUntil(() => getComputedStyle(surface(menu)).visibility === 'hidden', 'the menu stayed behind');
  });

  it('escapes a transformed, clipping parent', async () => {
    const { menu } = await mountMenu({
      wrap: (m) =>
        html`<div
          style="transform: translate(3rem, 2rem) rotate(0.001deg); overflow: hidden; block-size: 3rem; contain: paint"
        >
          ${m}
        </div>`,
    });
    await openFromKeyboard(menu);
    expectBesideTrigger(menu);
  });

  it('works inside the host page’s own modal dialog, where Escape closes only the menu', async () => {
    const { menu } = await mountMenu({
      wrap: (m) =>
        html`<dialog id="host-dialog">
          <p>Host dialog</p>
          ${m}
        </dialog>`,
    });
    const hostDialog = document.getElementById('host-dialog') as HTMLDialogElement;
    hostDialog.showModal();
    await openFromKeyboard(menu);
    expectBesideTrigger(menu);
    await expect(hostDialog).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await menu.updateComplete;
    expect(isOpen(menu)).to.equal(false);
    expect(hostDialog.open, 'Escape closed the host dialog too').to.equal(true);
    await expectFocusOn(trigger(menu), 'the ⋯ button');
    hostDialog.close();
  });

  for (const edge of ['start', 'end'] as const) {
    it(`fits a 320 px wide viewport with the button at the ${edge} edge`, async () => {
      await setViewport({ width: 320, height: 640 });
      const { menu } = await mountMenu({
        hostItems: true,
        wrap: (m) => html`<div style="display: flex; justify-content: flex-${edge}">${m}${longItems}</div>`,
      });
      menu.append(document.querySelector('harmony-menu-item[value="export"]')!);
      await openFromKeyboard(menu);
      await nextFrame();
      expectBesideTrigger(menu);
      expect(part(menu, 'menu').scrollWidth).to.be.at.most(part(menu, 'menu').clientWidth);
    });
  }
});
