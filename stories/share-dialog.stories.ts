import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { getDefaultAdapter } from '../src/adapter/default-adapter.js';
import type { MemoryAdapter } from '../src/adapter/memory-adapter.js';
import '../src/components/share-dialog/define.js';
import type { HarmonyShareDialog } from '../src/components/share-dialog/share-dialog.js';
import { conversationIdArgType, type MemoryAdapterArgs } from './support/memory-adapter-decorator.js';

interface ShareDialogArgs extends MemoryAdapterArgs {
  'conversation-id': string;
  open: boolean;
  dir?: 'ltr' | 'rtl';
  colorScheme?: 'light' | 'dark';
}

/** The dialog under test in a story's canvas. */
function dialogIn(canvas: HTMLElement): HarmonyShareDialog {
  return canvas.querySelector('harmony-share-dialog')!;
}

function shadowPart(dialog: HarmonyShareDialog, name: string): HTMLElement {
  return dialog.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
}

async function until(check: () => unknown, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error('The story never reached its state.');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Waits for the conversation, then clicks a part: the states after an action start from a real click. */
async function clickWhenReady(canvas: HTMLElement, name: string): Promise<HarmonyShareDialog> {
  const dialog = dialogIn(canvas);
  await until(() => shadowPart(dialog, 'pdf-button')?.getAttribute('aria-disabled') === 'false');
  shadowPart(dialog, name).click();
  return dialog;
}

/** Generates a link, clicks Copy, and waits for the outcome the story shows. */
async function copyGeneratedLink(
  canvas: HTMLElement,
  outcome: (dialog: HarmonyShareDialog) => unknown,
): Promise<void> {
  const dialog = await clickWhenReady(canvas, 'link-button');
  await until(() => shadowPart(dialog, 'copy-button'));
  shadowPart(dialog, 'copy-button').click();
  await until(() => outcome(dialog));
}

const inDocs = (context: { viewMode?: string }) => context.viewMode === 'docs';

const meta: Meta<ShareDialogArgs> = {
  title: 'Elements/Share dialog',
  component: 'harmony-share-dialog',
  args: { 'conversation-id': 'weekly-sync', open: true, adapterLatency: 400 },
  argTypes: {
    'conversation-id': conversationIdArgType,
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    colorScheme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  parameters: { layout: 'fullscreen', docs: { story: { inline: true, height: '160px' } } },
  // In the docs page every story renders closed behind a button: several modal dialogs cannot share a page.
  render: (args, context) =>
    html`<div
      class="story-host"
      dir=${ifDefined(args.dir)}
      style="padding: 1rem; min-block-size: 100vh; box-sizing: border-box; color-scheme: ${
        args.colorScheme ?? 'light'
      }; background: ${args.colorScheme === 'dark' ? '#15181e' : 'transparent'}"
    >
      <button
        type="button"
        @click=${(event: Event) => (event.currentTarget as HTMLElement).nextElementSibling!.dispatchEvent(new CustomEvent('open-from', { detail: event }))}
      >
        Share…
      </button>
      <harmony-share-dialog
        conversation-id=${args['conversation-id']}
        ?open=${args.open && !inDocs(context)}
        @open-from=${(event: CustomEvent<Event>) => (event.currentTarget as HarmonyShareDialog).show(event.detail)}
      ></harmony-share-dialog>
    </div>`,
};
export default meta;

type Story = StoryObj<ShareDialogArgs>;

export const Playground: Story = {};

export const Loading: Story = { args: { adapterLatency: 60_000 } };

export const Processing: Story = { args: { 'conversation-id': 'roadmap-review' } };

export const Failed: Story = { args: { 'conversation-id': 'failed-upload' } };

export const Ready: Story = { args: { adapterLatency: 0 } };

export const GeneratingPdf: Story = {
  name: 'Generating PDF',
  args: { adapterLatency: 0 },
  play: async ({ canvasElement, viewMode }) => {
    if (inDocs({ viewMode })) return;
    (getDefaultAdapter() as MemoryAdapter).setLatency({ getConversation: 0, downloadReport: 60_000 });
    await clickWhenReady(canvasElement, 'pdf-button');
  },
};

export const PdfMadeInBrowser: Story = {
  name: 'PDF made in the browser',
  args: { adapterLatency: 0 },
  play: async ({ canvasElement, viewMode }) => {
    if (inDocs({ viewMode })) return;
    // The in-memory backend has no server report, so the dialog renders it here and says so.
    const dialog = await clickWhenReady(canvasElement, 'pdf-button');
    await until(() => shadowPart(dialog, 'pdf-result'), 15_000);
  },
};

export const Copied: Story = {
  // The story check runs this one as a user who allowed clipboard access (a script's click alone may not copy).
  tags: ['clipboard-granted'],
  args: { adapterLatency: 0 },
  play: async ({ canvasElement, viewMode }) => {
    if (inDocs({ viewMode })) return;
    await copyGeneratedLink(canvasElement, (dialog) =>
      shadowPart(dialog, 'copy-button').textContent?.includes('Copied'),
    );
  },
};

export const LinkGenerated: Story = {
  args: { adapterLatency: 0 },
  play: async ({ canvasElement, viewMode }) => {
    if (inDocs({ viewMode })) return;
    const dialog = await clickWhenReady(canvasElement, 'link-button');
    await until(() => shadowPart(dialog, 'link-field'));
  },
};

export const CopyFailed: Story = {
  name: 'Copy failed (press Ctrl+C)',
  args: { adapterLatency: 0 },
  play: async ({ canvasElement, viewMode }) => {
    if (inDocs({ viewMode })) return;
    // A script's click carries no user activation and no clipboard permission, so the browser refuses both
    // copy methods, as in a locked-down embed.
    await copyGeneratedLink(canvasElement, (dialog) => shadowPart(dialog, 'copy-hint'));
  },
};

export const RevokeConfirmation: Story = {
  args: { adapterLatency: 0 },
  play: async ({ canvasElement, viewMode }) => {
    if (inDocs({ viewMode })) return;
    const dialog = await clickWhenReady(canvasElement, 'link-button');
    await until(() => shadowPart(dialog, 'revoke-button'));
    shadowPart(dialog, 'revoke-button').click();
    await until(() => shadowPart(dialog, 'revoke-confirm'));
  },
};

/** Escape in the confirmation cancels it; the dialog stays open with the link. */
export const EscapeCancelsRevoke: Story = {
  name: 'Escape cancels "Revoke this link?"',
  args: { adapterLatency: 0 },
  play: async (context) => {
    if (inDocs(context)) return;
    await RevokeConfirmation.play!(context);
    const dialog = dialogIn(context.canvasElement);
    shadowPart(dialog, 'revoke-cancel-button').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }),
    );
    await until(() => !shadowPart(dialog, 'revoke-confirm') && dialog.open);
  },
};

export const LinkRevoked: Story = {
  name: 'Link revoked',
  args: { adapterLatency: 0 },
  play: async (context) => {
    if (inDocs(context)) return;
    await RevokeConfirmation.play!(context);
    const dialog = dialogIn(context.canvasElement);
    shadowPart(dialog, 'revoke-confirm-button').click();
    await until(() => shadowPart(dialog, 'link-result'));
  },
};

/** The server made the report: the panel says where it went. */
export const PdfDownloaded: Story = {
  name: 'PDF downloaded',
  args: { adapterLatency: 0 },
  play: async ({ canvasElement, viewMode }) => {
    if (inDocs({ viewMode })) return;
    const adapter = getDefaultAdapter() as MemoryAdapter;
    const conversation = await adapter.getConversation('weekly-sync');
    adapter.put({ conversation, report: new Blob(['%PDF-1.7'], { type: 'application/pdf' }) });
    const dialog = await clickWhenReady(canvasElement, 'pdf-button');
    await until(() => shadowPart(dialog, 'pdf-result'));
  },
};

const errorStory = (code: NonNullable<MemoryAdapterArgs['adapterFailure']>): Story => ({
  name: `Error: ${code}`,
  args: { adapterLatency: 0, adapterFailingMethod: 'createShareLink', adapterFailure: code },
  play: async ({ canvasElement, viewMode }) => {
    if (inDocs({ viewMode })) return;
    const dialog = await clickWhenReady(canvasElement, 'link-button');
    await until(() => shadowPart(dialog, 'retry-button'));
  },
});

export const ErrorUnauthenticated = errorStory('unauthenticated');
export const ErrorForbidden = errorStory('forbidden');
export const ErrorNotFound = errorStory('not-found');
export const ErrorNotReady = errorStory('not-ready');
export const ErrorRateLimited = errorStory('rate-limited');
export const ErrorUnavailable = errorStory('unavailable');
export const ErrorNetwork = errorStory('network');
export const ErrorTimeout = errorStory('timeout');
export const ErrorInvalidResponse = errorStory('invalid-response');

export const LoadFailed: Story = {
  args: { adapterLatency: 0, adapterFailingMethod: 'getConversation', adapterFailure: 'forbidden' },
};

export const LongTitle: Story = { args: { 'conversation-id': 'long-title' } };

/** Clamped to two lines; the whole title is the dialog's name and the heading's tooltip. */
export const Title200Characters: Story = {
  name: 'Title of 200 characters',
  args: { 'conversation-id': 'title-200' },
};

export const OneWordTitle: Story = {
  name: 'Title of one unbroken word',
  args: { 'conversation-id': 'one-word-title' },
};

export const RightToLeft: Story = {
  name: 'Right to left',
  args: { 'conversation-id': 'arabic-title', dir: 'rtl' },
};

export const Dark: Story = { args: { colorScheme: 'dark' } };

export const Themed: Story = {
  render: (args, context) =>
    html`<div
      style="--harmony-color-accent: #0b7a5a; --harmony-radius: 2px; --harmony-font-family: Georgia, serif"
    >
      ${meta.render!(args, context)}
    </div>`,
};
