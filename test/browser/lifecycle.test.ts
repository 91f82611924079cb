import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import '../../src/define.js';
import type { HarmonyOverflowMenu } from '../../src/components/overflow-menu/overflow-menu.js';
import type { HarmonyShareDialog } from '../../src/components/share-dialog/share-dialog.js';
import { sampleConversations } from '../fixtures/sample-conversations.js';

const CYCLES = 1000;

interface Registration {
  target: EventTarget;
  type: string;
  listener: EventListenerOrEventListenerObject;
  capture: boolean;
}

/**
 * Records every listener added to and removed from the given targets (window,
 * document, a scroll container: where light dismiss and floating-ui's
 * autoUpdate listen), so a test can list what is still attached.
 */
function listenerLedger(targets: EventTarget[]) {
  const live: Registration[] = [];
  const captureOf = (options?: boolean | EventListenerOptions) =>
    typeof options === 'boolean' ? options : !!options?.capture;
  const indexOf = (r: Omit<Registration, 'target'>, target: EventTarget) =>
    live.findIndex(
      (l) => l.target === target && l.type === r.type && l.listener === r.listener && l.capture === r.capture,
    );
  const restore = targets.map((target) => {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    target.addEventListener = function (type, listener, options) {
      const registration = { type, listener: listener!, capture: captureOf(options) };
      // The platform ignores a second identical registration; so does the ledger.
      if (listener && indexOf(registration, target) === -1) live.push({ target, ...registration });
      return add.call(this, type, listener, options);
    };
    target.removeEventListener = function (type, listener, options) {
      const index = indexOf({ type, listener: listener!, capture: captureOf(options) }, target);
      if (index !== -1) live.splice(index, 1);
      return remove.call(this, type, listener, options);
    };
    return () => {
      delete (target as Partial<EventTarget>).addEventListener;
      delete (target as Partial<EventTarget>).removeEventListener;
    };
  });
  const name = (target: EventTarget) =>
    target === window
      ? 'window'
      : target === document
        ? 'document'
        : target === window.visualViewport
          ? 'visualViewport'
          : (target as Element).id;
  return {
    /** What is still attached, e.g. "window scroll". */
    live: () => live.map((r) => `${name(r.target)} ${r.type}`),
    stop: () => restore.forEach((undo) => undo()),
  };
}

async function mountScroller() {
  return fixture<HTMLDivElement>(
    html`<div id="scroller" style="block-size: 12rem; overflow: auto">
      <div style="padding-block: 2rem 40rem"></div>
    </div>`,
  );
}

describe('lifecycle', () => {
  let ledger: ReturnType<typeof listenerLedger>;
  let scroller: HTMLDivElement;
  let adapter: MemoryAdapter;

  beforeEach(async () => {
    // No entrance animation: a thousand dialogs would otherwise take minutes to "settle".
    await emulateMedia({ reducedMotion: 'reduce' });
    scroller = await mountScroller();
    adapter = new MemoryAdapter({ conversations: sampleConversations() });
    ledger = listenerLedger([window, document, window.visualViewport!, scroller]);
  });

  afterEach(async () => {
    ledger.stop();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it(`mounts and removes each element ${CYCLES} times and leaves no listener behind`, async function () {
    this.timeout(120_000);
    const place = scroller.firstElementChild!;
    for (const tag of [
      'harmony-overflow-menu',
      'harmony-companion-launcher',
      'harmony-share-dialog',
      'harmony-menu-item',
    ] as const) {
      // <harmony-menu-item> is registered with the menu's code, which the menus above asked for.
      await customElements.whenDefined(tag);
      for (let i = 0; i < CYCLES; i++) {
        const element = document.createElement(tag);
        element.setAttribute('conversation-id', 'weekly-sync');
        element.adapter = adapter;
        place.append(element);
        await element.updateComplete;
        element.remove();
      }
    }
    expect(ledger.live()).to.deep.equal([]);
    expect(place.childElementCount).to.equal(0);
  });

  it(`opens and closes the menu ${CYCLES} times, and floating-ui follows it only while it is open`, async function () {
    this.timeout(120_000);
    const menu = document.createElement('harmony-overflow-menu') as HarmonyOverflowMenu;
    menu.setAttribute('conversation-id', 'weekly-sync');
    menu.adapter = adapter;
    scroller.firstElementChild!.append(menu);
    await menu.updateComplete;
    for (let i = 0; i < CYCLES; i++) {
      menu.show();
      await menu.updateComplete;
      const open = ledger.live();
      // autoUpdate listens for scrolling on every scrolling ancestor, light dismiss on the document.
      expect(open, `cycle ${i}: not following`).to.include.members([
        'scroller scroll',
        'window scroll',
        'window resize',
      ]);
      expect(open, `cycle ${i}: no light dismiss`).to.include.members([
        'document pointerdown',
        'document keydown',
      ]);
      menu.hide();
      await menu.updateComplete;
      const closed = ledger.live();
      if (closed.length) expect(closed, `cycle ${i}: left behind after close`).to.deep.equal([]);
    }
    menu.remove();
    expect(ledger.live()).to.deep.equal([]);
  });

  it(`goes menu → Share → dialog → close ${CYCLES} times and leaves no listener behind`, async function () {
    this.timeout(240_000);
    const menu = document.createElement('harmony-overflow-menu') as HarmonyOverflowMenu;
    menu.setAttribute('conversation-id', 'weekly-sync');
    menu.adapter = adapter;
    scroller.firstElementChild!.append(menu);
    // Share is enabled once the conversation has loaded: its title names the ⋯ button.
    await waitUntil(() =>
      menu.shadowRoot
        ?.querySelector('[part="trigger"]')
        ?.getAttribute('aria-label')
        ?.startsWith('More actions for'),
    );
    for (let i = 0; i < CYCLES; i++) {
      menu.show();
      await menu.updateComplete;
      const opened = oneEvent(menu, 'harmony-after-open');
      menu.shadowRoot!.querySelector<HTMLElement>('[part~="share-item"]')!.click();
      await opened;
      const dialog = menu.shadowRoot!.querySelector('harmony-share-dialog') as HarmonyShareDialog;
      const closed = oneEvent(menu, 'harmony-after-close');
      dialog.hide();
      await closed;
    }
    expect(menu.shadowRoot!.querySelectorAll('harmony-share-dialog')).to.have.length(1);
    menu.remove();
    expect(ledger.live()).to.deep.equal([]);
  });
});
