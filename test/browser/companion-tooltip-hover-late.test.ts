/**
 * The Companion tooltip's code (it comes with the launcher's view) arriving while the pointer still
 * rests on the button: the dev server holds the module back (scripts/dev-server-unavailable.mjs) until
 * the test releases it. A file of its own: a page loads a module once.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendMouse } from '@web/test-runner-commands';
import {
  centreOf,
  launcherButton,
  launcherTooltip,
  mountLauncher,
} from './support/companion-launcher-harness.js';

before(() => executeServerCommand('modules', { hold: 'controllers/tooltip' }));
after(() => executeServerCommand('modules', { restore: true }));

it('the tooltip whose code arrives late shows for the pointer still on the button', async () => {
  const { launcher } = await mountLauncher();
  const [button, tooltip] = [launcherButton(launcher), launcherTooltip(launcher)];
  await sendMouse({ type: 'move', position: centreOf(button) });
  await aTimeout(400);
  expect(tooltip.matches(':popover-open'), 'shown without its code').to.equal(false);
  await executeServerCommand('modules', { release: 'controllers/tooltip' });
  await waitUntil(() => tooltip.matches(':popover-open'), 'the tooltip never showed');
  expect(tooltip.textContent!.trim()).to.equal('Discuss with Companion');
  await sendMouse({ type: 'move', position: [0, 0] });
});
