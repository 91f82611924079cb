import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import type { HarmonyCompanionLauncher } from '../../src/components/companion-launcher/companion-launcher.js';
import { sampleConversations } from '../fixtures/sample-conversations.js';

/**
 * Real navigation, in a frame of its own so the test page stays put: the frame
 * loads the launcher from the dev server and talks to an in-memory backend
 * whose thread URLs point back at the dev server.
 */
async function launcherInFrame(attributes: string, sandbox?: string) {
  const origin = location.origin;
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe
      title="Host page"
      sandbox=${sandbox ?? nothing}
      srcdoc=${`<!doctype html><html lang="en"><body>
      <script type="module" src="/src/components/companion-launcher/define.ts"></script>
      <harmony-companion-launcher conversation-id="weekly-sync" api-origin="${origin}" ${attributes}></harmony-companion-launcher>
    </body></html>`}
    ></iframe>`,
  );
  await waitUntil(
    () => frame.contentWindow?.customElements?.get('harmony-companion-launcher'),
    'the frame never loaded',
  );
  const launcher = frame.contentDocument!.querySelector(
    'harmony-companion-launcher',
  ) as HarmonyCompanionLauncher;
  const adapter = new MemoryAdapter({ conversations: sampleConversations(origin), origin });
  launcher.adapter = adapter;
  await launcher.updateComplete;
  const button = launcher.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
  return { frame, launcher, adapter, button };
}

describe('<harmony-companion-launcher> navigation', () => {
  it('opens the thread in the same tab by default', async () => {
    const { frame, button } = await launcherInFrame('');
    const navigated = oneEvent(frame, 'load');
    button.click();
    await navigated;
    expect(frame.contentWindow!.location.pathname).to.match(/^\/companion\/thread-[0-9a-f]+$/);
  });

  it('does not navigate to an http thread on another origin', async () => {
    const { frame, launcher, adapter, button } = await launcherInFrame('');
    adapter.startCompanionThread = async () => ({
      id: 't',
      url: 'http://elsewhere.example/companion/t',
      suggestion: 's',
    });
    const failed = oneEvent(launcher, 'harmony-error');
    button.click();
    expect((await failed).detail.code).to.equal('invalid-response');
    expect(frame.contentWindow!.location.href).to.equal('about:srcdoc');
  });

  it('offers a link when the browser blocks the new window for target="_blank"', async () => {
    // A sandbox without allow-popups makes the browser itself refuse window.open.
    const { launcher, adapter, button } = await launcherInFrame(
      'target="_blank"',
      'allow-scripts allow-same-origin',
    );
    const opened = oneEvent(launcher, 'harmony-companion-open');
    button.click();
    const { detail } = await opened;
    const callout = launcher.shadowRoot!.querySelector<HTMLElement>('[part="companion-feedback"]')!;
    await waitUntil(() => callout.matches(':popover-open'), 'no fallback link');
    const link = callout.querySelector<HTMLAnchorElement>('[part="companion-link"]')!;
    expect(link.href).to.equal(detail.thread.url);
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener');
    expect(link.textContent).to.equal('Open the Companion thread');
    expect(callout.querySelector('[role="alert"]')!.textContent).to.contain(
      'Your browser blocked the new window.',
    );
    expect(adapter.calls.filter((call) => call.method === 'startCompanionThread')).to.have.length(1);
  });
});
