/**
 * Lazily loaded parts that the host's server cannot deliver, or delivers late: the element stays as it
 * was, the host hears why (with the URL that failed), and nothing half-opens. The dev server fails or
 * holds the modules (scripts/dev-server-unavailable.mjs) before any element asks for them.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { createFetchAdapter } from '../../src/adapter/fetch-adapter.js';
import { isHarmonyError } from '../../src/adapter/errors.js';
import type { HarmonyErrorEvent } from '../../src/events/events.js';
import { launcherButton, mountLauncher, threadCalls } from './support/companion-launcher-harness.js';
import { mountMenu, part } from './support/overflow-menu-harness.js';
import { mountShareDialog } from './support/share-dialog-harness.js';

before(async () => {
  await executeServerCommand('modules', { fail: 'overflow-menu-view' });
  await executeServerCommand('modules', { fail: 'companion-launcher-view' });
  await executeServerCommand('modules', { fail: 'fetch-operations' });
  await executeServerCommand('modules', { hold: 'share-dialog-view' });
});

after(async () => {
  await executeServerCommand('modules', { restore: true });
});

describe('a part the server cannot deliver', () => {
  it('the ⋯ menu stays closed, keeps focus on ⋯ and tells the host which URL failed', async () => {
    const { menu } = await mountMenu();
    const trigger = part<HTMLButtonElement>(menu, 'trigger');
    trigger.focus();
    const failed = oneEvent(menu, 'harmony-error') as Promise<HarmonyErrorEvent>;
    trigger.click();
    const { detail } = await failed;
    expect(detail.code).to.equal('unavailable');
    expect(detail.action).to.equal('load');
    expect(detail.message).to.match(/^The menu could not be loaded: .*overflow-menu-view/);
    await menu.updateComplete;
    expect(menu.open).to.equal(false);
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    expect(menu.shadowRoot!.activeElement).to.equal(trigger);
  });

  it('the Companion launcher starts no thread, leaves its busy state and says why', async () => {
    const { launcher, adapter } = await mountLauncher();
    let navigated = false;
    launcher.addEventListener('harmony-companion-open', () => (navigated = true));
    const failed = oneEvent(launcher, 'harmony-error') as Promise<HarmonyErrorEvent>;
    launcherButton(launcher).click();
    const { detail } = await failed;
    expect(detail.code).to.equal('unavailable');
    expect(detail.action).to.equal('companion');
    expect(detail.message).to.match(/companion-launcher-view/);
    await waitUntil(
      () => launcherButton(launcher).getAttribute('aria-disabled') === 'false',
      'it stays busy',
    );
    expect(navigated).to.equal(false);
    expect(threadCalls(adapter)).to.have.length(0);
  });

  it('the fetch adapter fails the request as unavailable, naming the code that did not load, and asks nothing', async () => {
    let requests = 0;
    const adapter = createFetchAdapter({
      baseUrl: location.origin,
      fetch: async () => {
        requests += 1;
        return new Response('{}', { status: 500 });
      },
    });
    const error: unknown = await adapter.getInsights('weekly-sync').then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(isHarmonyError(error) && error.code).to.equal('unavailable');
    expect((error as Error).message).to.match(
      /^The code for this request could not be loaded: .*fetch-operations/,
    );
    // The module still cannot be delivered: a later request fails the same way, and the API is not asked.
    const again: unknown = await adapter.createShareLink('weekly-sync').then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(isHarmonyError(again) && again.code).to.equal('unavailable');
    expect(requests).to.equal(0);
  });

  it('a ⋯ menu on the fetch adapter keeps its plain name and tells the host its conversation could not load', async () => {
    const { menu } = await mountMenu();
    menu.adapter = createFetchAdapter({ baseUrl: location.origin });
    await menu.updateComplete;
    const trigger = part<HTMLButtonElement>(menu, 'trigger');
    const failed = oneEvent(menu, 'harmony-error') as Promise<HarmonyErrorEvent>;
    trigger.focus();
    const { detail } = await failed;
    expect(detail.code).to.equal('unavailable');
    expect(detail.action).to.equal('load');
    expect(detail.message).to.match(/fetch-operations/);
    expect(trigger.getAttribute('aria-label')).to.equal('More actions');
  });
});

describe('a part that arrives late', () => {
  it('a share dialog closed before its panel arrived never opens, and says nothing of opening or closing', async () => {
    const { dialog } = await mountShareDialog({ open: false });
    const events: string[] = [];
    for (const type of ['harmony-open', 'harmony-after-open', 'harmony-close', 'harmony-after-close'])
      dialog.addEventListener(type, () => events.push(type));
    dialog.show();
    await aTimeout(50);
    dialog.hide();
    await executeServerCommand('modules', { release: 'share-dialog-view' });
    await dialog.updateComplete;
    await aTimeout(100);
    expect(dialog.open).to.equal(false);
    expect(dialog.shadowRoot!.querySelector('dialog')?.open ?? false).to.equal(false);
    expect(events).to.deep.equal([]);
    // Its code is there now: the next opening shows it.
    const opened = oneEvent(dialog, 'harmony-after-open');
    dialog.show();
    await opened;
    expect(dialog.open).to.equal(true);
  });
});
