/**
 * The Companion tooltip's code arriving after the user already moved on: the dev server holds the
 * module back (scripts/dev-server-unavailable.mjs) until the test releases it.
 */
import { aTimeout, expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { launcherButton, launcherTooltip, mountLauncher } from './support/companion-launcher-harness.js';

before(() => executeServerCommand('modules', { hold: 'controllers/tooltip' }));
after(() => executeServerCommand('modules', { restore: true }));

it('the tooltip does not show on arrival once the button was pressed', async () => {
  const { launcher, adapter, before } = await mountLauncher({ adapter: { latency: 5000 } });
  const tooltip = launcherTooltip(launcher);
  // Tab to the button and press it at once (the thread request is slow: the launcher stays busy).
  before.focus();
  await sendKeys({ press: 'Tab' });
  expect(launcherButton(launcher).matches(':focus-visible')).to.equal(true);
  await sendKeys({ press: 'Enter' });
  await executeServerCommand('modules', { release: 'controllers/tooltip' });
  await aTimeout(300);
  expect(tooltip.matches(':popover-open'), 'shown over the busy button').to.equal(false);
  expect(adapter.calls.some((call) => call.method === 'startCompanionThread')).to.equal(true);
});
