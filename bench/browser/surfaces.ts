/// <reference types="vite/client" />
/**
 * The two elements the bench opens and closes, behind one shape: open, "open with focus inside",
 * and a close that resolves once the element has settled.
 */
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import '../../src/components/share-dialog/define.js';
import { prefetchShareDialog } from '../../src/components/share-dialog/share-dialog.js';
import { sampleConversations } from '../../test/fixtures/sample-conversations.js';
import type { SurfaceName } from './api.js';

export interface Surface {
  open(): void;
  /** Visible with focus inside: what a user perceives as "it opened". */
  shown(): boolean;
  /** Resolves when the element has finished the update that `open()` or `close()` started. */
  settled(): Promise<unknown>;
  close(): Promise<void>;
  /**
   * What a user's intent starts (the element's own prefetch), resolved once the element's lazy chunks
   * have been fetched and run.
   */
  prefetch(): Promise<void>;
}

/** The menu as far as the bench needs it; typed by shape so the page still builds before the menu exists. */
interface MenuElement extends HTMLElement {
  adapter?: MemoryAdapter;
  updateComplete: Promise<boolean>;
  show(): void;
  hide(): void;
}

// Vite resolves the glob at build time: an empty object when the menu's files are not there yet.
const menuModule = Object.values(import.meta.glob('../../src/components/overflow-menu/define.ts'))[0];
const menuViewModule = Object.values(
  import.meta.glob('../../src/components/overflow-menu/overflow-menu-view.ts'),
)[0];

export const hasSurface = (name: SurfaceName) => name === 'dialog' || menuModule !== undefined;

const CONVERSATION = 'weekly-sync';
const adapter = () => new MemoryAdapter({ conversations: sampleConversations(), latency: 0 });

async function mountDialog(): Promise<Surface> {
  const dialog = document.createElement('harmony-share-dialog');
  dialog.conversationId = CONVERSATION;
  dialog.adapter = adapter();
  document.body.append(dialog);
  await dialog.updateComplete;
  const root = dialog.shadowRoot!;
  return {
    open: () => dialog.show(),
    shown: () => !!root.querySelector('dialog')?.open && root.activeElement !== null,
    settled: () => dialog.updateComplete,
    close: async () => {
      const native = root.querySelector('dialog')!;
      // The native `close` event comes a task after close(); a dialog reopened before it arrives is
      // closed again by it (the element reads it as a second Escape), so the bench waits for both.
      const closed = Promise.all([
        new Promise((resolve) => dialog.addEventListener('harmony-after-close', resolve, { once: true })),
        new Promise((resolve) => native.addEventListener('close', resolve, { once: true })),
      ]);
      dialog.hide();
      await closed;
    },
    prefetch: async () => {
      prefetchShareDialog();
      // The same module the element imports: once this resolves, the panel's chunk has run.
      await import('../../src/components/share-dialog/share-dialog-view.js');
      // Then the page has been idle once: the dialog has rendered its panel closed (its warm-up).
      await new Promise((resolve) => requestIdleCallback(resolve));
      await dialog.updateComplete;
    },
  };
}

async function mountMenu(): Promise<Surface> {
  await menuModule!();
  const menu = document.createElement('harmony-overflow-menu') as unknown as MenuElement;
  menu.setAttribute('conversation-id', CONVERSATION);
  menu.adapter = adapter();
  document.body.append(menu);
  await menu.updateComplete;
  const root = menu.shadowRoot!;
  const firstItem = () => root.querySelector('[part~="item"]');
  return {
    open: () => menu.show(),
    shown: () =>
      !!root.querySelector('[part="menu"]')?.matches(':popover-open') &&
      root.activeElement !== null &&
      root.activeElement === firstItem(),
    settled: () => menu.updateComplete,
    close: async () => {
      menu.hide();
      await menu.updateComplete;
    },
    prefetch: async () => {
      // A pointer over ⋯, as before a click.
      root.querySelector('[part="trigger"]')!.dispatchEvent(new PointerEvent('pointerenter'));
      await Promise.all([menuViewModule!(), import('@floating-ui/dom')]);
    },
  };
}

export function mountSurface(name: SurfaceName): Promise<Surface> {
  return name === 'dialog' ? mountDialog() : mountMenu();
}
