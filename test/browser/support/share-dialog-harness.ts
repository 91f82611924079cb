import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/components/share-dialog/define.js';
import type { HarmonyShareDialog } from '../../../src/components/share-dialog/share-dialog.js';
import { MemoryAdapter, type MemoryAdapterOptions } from '../../../src/adapter/memory-adapter.js';
import { sampleConversations } from '../../fixtures/sample-conversations.js';

export interface Harness {
  dialog: HarmonyShareDialog;
  adapter: MemoryAdapter;
  opener: HTMLButtonElement;
}

/** A page with an "Open share" button that opens the dialog with the click event, as a host would. */
export async function mountShareDialog(
  options: { id?: string; adapter?: MemoryAdapterOptions; open?: boolean; pollInterval?: number } = {},
): Promise<Harness> {
  const adapter = new MemoryAdapter({ conversations: sampleConversations(), ...options.adapter });
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <button id="opener" type="button">Open share</button>
      <harmony-share-dialog
        conversation-id=${options.id ?? 'weekly-sync'}
        poll-interval=${options.pollInterval ?? 5000}
        .adapter=${adapter}
      ></harmony-share-dialog>
    </div>`,
  );
  const dialog = wrapper.querySelector('harmony-share-dialog')!;
  const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
  opener.addEventListener('click', (event) => dialog.show(event));
  if (options.open ?? true) {
    const opened = oneEvent(dialog, 'harmony-after-open');
    opener.click();
    await opened;
  }
  return { dialog, adapter, opener };
}

export function part<T extends HTMLElement = HTMLElement>(
  dialog: HarmonyShareDialog,
  name: string,
): T | null {
  return dialog.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

export function text(dialog: HarmonyShareDialog, name: string): string {
  return part(dialog, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/**
 * The weekly sync's share dialog, open, inside whatever `wrap` puts around it (a `lang`, a `dir`), once
 * its conversation has loaded or failed to.
 */
export async function openDialogIn(
  wrap: (dialog: TemplateResult) => TemplateResult,
  adapterOptions: MemoryAdapterOptions = {},
): Promise<HarmonyShareDialog> {
  const adapter = new MemoryAdapter({ conversations: sampleConversations(), ...adapterOptions });
  const wrapper = await fixture<HTMLElement>(
    html`<div>
      ${wrap(html`<harmony-share-dialog conversation-id="weekly-sync" .adapter=${adapter}></harmony-share-dialog>`)}
    </div>`,
  );
  const dialog = wrapper.querySelector('harmony-share-dialog')!;
  const opened = oneEvent(dialog, 'harmony-after-open');
  dialog.show();
  await opened;
  await waitUntil(
    () => text(dialog, 'title').includes('Weekly sync') || text(dialog, 'error'),
    'never loaded',
  );
  return dialog;
}

export const titleLoaded = (dialog: HarmonyShareDialog) =>
  waitUntil(() => text(dialog, 'title').startsWith('Share "'), 'the title never loaded');

/** The element focused inside the dialog's shadow root (or the host document). */
export function focused(dialog: HarmonyShareDialog): Element | null {
  return dialog.shadowRoot!.activeElement ?? document.activeElement;
}

/** Keeps the test run's download folder clean: the anchor the dialog clicks does not download. */
export function stopDownloads(dialog: HTMLElement): void {
  dialog.shadowRoot!.addEventListener(
    'click',
    (event) => {
      if (event.target instanceof HTMLAnchorElement && event.target.download) event.preventDefault();
    },
    { capture: true },
  );
}

export interface Download {
  filename: string;
  blob: Blob;
}

/** The files the dialog hands to the browser to download: the anchor it clicks, read back as a user's file. */
export function captureDownloads(dialog: HTMLElement): Download[] {
  const downloads: Download[] = [];
  dialog.shadowRoot!.addEventListener(
    'click',
    (event) => {
      const anchor = event.target;
      if (!(anchor instanceof HTMLAnchorElement) || !anchor.download) return;
      // Keep the test run's download folder clean; the file itself is read from its object URL.
      event.preventDefault();
      const filename = anchor.download;
      void fetch(anchor.href)
        .then((response) => response.blob())
        .then((blob) => downloads.push({ filename, blob }));
    },
    { capture: true },
  );
  return downloads;
}
