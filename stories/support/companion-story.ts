import { html } from 'lit';
import type { HarmonyCompanionOpenEvent } from '../../src/events/events.js';

/**
 * Stories never leave Storybook for a Companion thread: the navigation is
 * stopped and the thread's address is written under the element instead.
 */
export function stayInStory(event: HarmonyCompanionOpenEvent): void {
  event.preventDefault();
  const output = (event.currentTarget as HTMLElement).closest('.story-host')?.querySelector('output');
  if (output) output.textContent = `Companion would open ${event.detail.thread.url ?? 'the new thread'}.`;
}

/** Where `stayInStory` writes. */
export const companionOutput = html`<output
  class="story-output"
  style="display: block; margin-block-start: 1rem"
></output>`;

/** Waits until `check` holds, for play functions that start from a real click. */
export async function until(check: () => unknown, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error('The story never reached its state.');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export const inDocs = (context: { viewMode?: string }) => context.viewMode === 'docs';

/** The story's container: direction and colour scheme from the story's args. */
export function storyHostStyle(colorScheme: 'light' | 'dark' | undefined, minHeight = '24rem'): string {
  const dark = colorScheme === 'dark';
  return `padding: 1rem; min-block-size: ${minHeight}; box-sizing: border-box; color-scheme: ${dark ? 'dark' : 'light'}; background: ${dark ? '#15181e' : 'transparent'}; color: ${dark ? '#eef0f4' : '#1d2330'}`;
}
