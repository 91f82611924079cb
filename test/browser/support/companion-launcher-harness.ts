import { fixture, html } from '@open-wc/testing';
import { MemoryAdapter, type MemoryAdapterOptions } from '../../../src/adapter/memory-adapter.js';
import '../../../src/components/companion-launcher/define.js';
import type { HarmonyCompanionLauncher } from '../../../src/components/companion-launcher/companion-launcher.js';
import { sampleConversations } from '../../fixtures/sample-conversations.js';
import { part } from './overflow-menu-harness.js';

export { centreOf } from './overflow-menu-harness.js';

export interface LauncherHarness {
  launcher: HarmonyCompanionLauncher;
  adapter: MemoryAdapter;
  /** A button before the launcher, to start keyboard walks from. */
  before: HTMLButtonElement;
  /** Text of the page beside the launcher, to click outside it. */
  pageText: HTMLElement;
}

export interface LauncherOptions {
  id?: string;
  /** An adapter of the test's own, or options for the memory adapter made here. */
  adapter?: MemoryAdapter | MemoryAdapterOptions;
  pollInterval?: number;
  allowNavigation?: boolean;
}

/**
 * A launcher on a page, between a button and some text. Navigation is always stopped (by preventing
 * harmony-companion-open) unless a test says otherwise: these tests run in the test runner's own page,
 * which must not navigate away.
 */
export async function mountLauncher(options: LauncherOptions = {}): Promise<LauncherHarness> {
  const adapter =
    options.adapter instanceof MemoryAdapter
      ? options.adapter
      : new MemoryAdapter({ conversations: sampleConversations(), ...options.adapter });
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="padding: 3rem">
      <button id="before" type="button">Before</button>
      <p id="page-text">The conversation page.</p>
      <harmony-companion-launcher
        conversation-id=${options.id ?? 'weekly-sync'}
        poll-interval=${options.pollInterval ?? 5000}
        .adapter=${adapter}
      ></harmony-companion-launcher>
      <button id="after" type="button">After</button>
    </div>`,
  );
  const launcher = wrapper.querySelector('harmony-companion-launcher')!;
  if (!options.allowNavigation)
    launcher.addEventListener('harmony-companion-open', (event) => event.preventDefault());
  await launcher.updateComplete;
  return {
    launcher,
    adapter,
    before: wrapper.querySelector<HTMLButtonElement>('#before')!,
    pageText: wrapper.querySelector<HTMLElement>('#page-text')!,
  };
}

export const launcherButton = (launcher: HarmonyCompanionLauncher) =>
  part<HTMLButtonElement>(launcher, 'button');
export const launcherTooltip = (launcher: HarmonyCompanionLauncher) => part(launcher, 'tooltip');
export const launcherCallout = (launcher: HarmonyCompanionLauncher) => part(launcher, 'companion-feedback');
export const threadCalls = (adapter: MemoryAdapter) =>
  adapter.calls.filter((call) => call.method === 'startCompanionThread');
