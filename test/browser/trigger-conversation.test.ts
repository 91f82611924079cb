import { expect, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import '../../src/components/companion-launcher/define.js';
import '../../src/components/overflow-menu/define.js';
import type { HarmonyCompanionLauncher } from '../../src/components/companion-launcher/companion-launcher.js';
import type { HarmonyOverflowMenu } from '../../src/components/overflow-menu/overflow-menu.js';
import { sampleConversations } from '../fixtures/sample-conversations.js';
import { IDLE_DEADLINE, nextIdle } from './support/idle.js';

// The triggers ask for their conversation when the page is idle, or at once when a user reaches for
// them: a page full of rows does not pay for those requests (or the adapter's code) during start-up.

const TITLE = 'Weekly sync: Q3 launch readiness';

function adapterLog(): { adapter: MemoryAdapter; asked: () => string[] } {
  const adapter = new MemoryAdapter({ conversations: sampleConversations() });
  const asked = () =>
    adapter.calls.filter((call) => call.method === 'getConversation').map((call) => call.conversationId);
  return { adapter, asked };
}

/** Appends the element and waits for its first render: microtasks only, so the page has not been idle. */
async function place<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  tag: string,
  adapter: MemoryAdapter,
  id = 'weekly-sync',
): Promise<T> {
  const element = document.createElement(tag) as T & { adapter?: MemoryAdapter };
  element.setAttribute('conversation-id', id);
  element.adapter = adapter;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const menuTrigger = (menu: HarmonyOverflowMenu) =>
  menu.shadowRoot!.querySelector<HTMLButtonElement>('[part="trigger"]')!;
const launcherButton = (launcher: HarmonyCompanionLauncher) =>
  launcher.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;

describe('the triggers ask for their conversation at idle or on intent', () => {
  const placed: HTMLElement[] = [];
  afterEach(() => {
    for (const element of placed.splice(0)) element.remove();
  });

  async function placeLauncher(adapter: MemoryAdapter, id: string): Promise<HarmonyCompanionLauncher> {
    const launcher = await place<HarmonyCompanionLauncher>('harmony-companion-launcher', adapter, id);
    placed.push(launcher);
    return launcher;
  }

  it('the ⋯ menu is named after its conversation once the page is idle, without anyone touching it', async () => {
    const { adapter, asked } = adapterLog();
    const menu = await place<HarmonyOverflowMenu>('harmony-overflow-menu', adapter);
    placed.push(menu);
    expect(asked()).to.deep.equal([]);
    expect(menuTrigger(menu).getAttribute('aria-label')).to.equal('More actions');
    await waitUntil(() => asked().length === 1, 'the conversation was never asked for', IDLE_DEADLINE);
    await waitUntil(() => menuTrigger(menu).getAttribute('aria-label') === `More actions for ${TITLE}`);
    expect(asked()).to.deep.equal(['weekly-sync']);
  });

  it('focus on ⋯ asks at once, and the open menu shows the conversation', async () => {
    const { adapter, asked } = adapterLog();
    const menu = await place<HarmonyOverflowMenu>('harmony-overflow-menu', adapter);
    placed.push(menu);
    expect(asked()).to.deep.equal([]);
    menuTrigger(menu).focus();
    expect(asked()).to.deep.equal(['weekly-sync']);
    await waitUntil(() => menuTrigger(menu).getAttribute('aria-label') === `More actions for ${TITLE}`);
  });

  it('opening the menu before the page was idle asks once, and idle time does not ask again', async () => {
    const { adapter, asked } = adapterLog();
    const menu = await place<HarmonyOverflowMenu>('harmony-overflow-menu', adapter);
    placed.push(menu);
    menu.show();
    await menu.updateComplete;
    expect(asked()).to.deep.equal(['weekly-sync']);
    await waitUntil(() => menu.shadowRoot!.textContent!.includes('Share'));
    await nextIdle();
    expect(asked()).to.deep.equal(['weekly-sync']);
  });

  it('the Companion launcher asks on pointer or focus intent, and is disabled at once for a processing meeting', async () => {
    const { adapter, asked } = adapterLog();
    const launcher = await placeLauncher(adapter, 'roadmap-review');
    expect(asked()).to.deep.equal([]);
    const button = launcherButton(launcher);
    expect(button.getAttribute('aria-disabled')).to.equal('false');
    button.focus();
    expect(asked()).to.deep.equal(['roadmap-review']);
    await waitUntil(
      () => button.getAttribute('aria-disabled') === 'true',
      'a processing meeting stayed enabled',
    );
  });

  it('a hundred menus wait for one idle period, then each asks once', async () => {
    const { adapter, asked } = adapterLog();
    const menus: HarmonyOverflowMenu[] = [];
    for (let i = 0; i < 100; i++)
      menus.push(await place<HarmonyOverflowMenu>('harmony-overflow-menu', adapter));
    placed.push(...menus);
    expect(asked()).to.deep.equal([]);
    await waitUntil(() => asked().length === 100, `${asked().length} of 100 asked`, IDLE_DEADLINE);
    await waitUntil(() =>
      menus.every((menu) => menuTrigger(menu).getAttribute('aria-label') !== 'More actions'),
    );
    await nextIdle();
    await nextIdle();
    expect(asked().length).to.equal(100);
  });

  it('a menu moved before idle asks once, from its new place', async () => {
    const { adapter, asked } = adapterLog();
    const menu = await place<HarmonyOverflowMenu>('harmony-overflow-menu', adapter);
    placed.push(menu);
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    placed.push(elsewhere);
    elsewhere.append(menu);
    await waitUntil(() => asked().length === 1, 'the conversation was never asked for', IDLE_DEADLINE);
    await waitUntil(() => menuTrigger(menu).getAttribute('aria-label') === `More actions for ${TITLE}`);
    await nextIdle();
    expect(asked()).to.deep.equal(['weekly-sync']);
  });

  it('an adapter set before idle is the one asked, once', async () => {
    const first = adapterLog();
    const second = adapterLog();
    const menu = await place<HarmonyOverflowMenu>('harmony-overflow-menu', first.adapter);
    placed.push(menu);
    menu.adapter = second.adapter;
    await menu.updateComplete;
    await waitUntil(() => second.asked().length === 1, 'the new adapter was never asked', IDLE_DEADLINE);
    await nextIdle();
    expect(first.asked()).to.deep.equal([]);
    expect(second.asked()).to.deep.equal(['weekly-sync']);
  });

  it('a Companion click before idle on a processing meeting asks for it at once, opens no thread and says why', async () => {
    const { adapter, asked } = adapterLog();
    const launcher = await placeLauncher(adapter, 'roadmap-review');
    let opened = false;
    launcher.addEventListener('harmony-companion-open', (event) => {
      opened = true;
      event.preventDefault();
    });
    launcherButton(launcher).click();
    expect(asked()).to.deep.equal(['roadmap-review']);
    await waitUntil(
      () => launcherButton(launcher).getAttribute('aria-disabled') === 'true',
      'never disabled',
    );
    await waitUntil(
      () => launcher.shadowRoot!.textContent!.includes('Available when processing completes'),
      'the reason never showed',
    );
    await nextIdle();
    expect(opened).to.equal(false);
  });

  it('a menu taken out of the page before idle never asks', async () => {
    const { adapter, asked } = adapterLog();
    const menu = await place<HarmonyOverflowMenu>('harmony-overflow-menu', adapter);
    menu.remove();
    await nextIdle();
    await nextIdle();
    expect(asked()).to.deep.equal([]);
  });
});
