import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { getDefaultAdapter } from '../src/adapter/default-adapter.js';
import type { MemoryAdapter } from '../src/adapter/memory-adapter.js';
import { HarmonyCompanionLauncher } from '../src/components/companion-launcher/companion-launcher.js';
import '../src/components/companion-launcher/define.js';
import { companionOutput, inDocs, stayInStory, storyHostStyle, until } from './support/companion-story.js';
import { conversationIdArgType, type MemoryAdapterArgs } from './support/memory-adapter-decorator.js';

interface LauncherArgs extends MemoryAdapterArgs {
  'conversation-id': string;
  target?: string;
  dir?: 'ltr' | 'rtl';
  colorScheme?: 'light' | 'dark';
}

/** A launcher on a page whose popup blocker refuses the new window: it offers the thread as a link. */
class PopupBlockedLauncher extends HarmonyCompanionLauncher {
  protected override navigate(): boolean {
    return false;
  }
}
if (!customElements.get('story-popup-blocked-launcher')) {
  customElements.define('story-popup-blocked-launcher', PopupBlockedLauncher);
}

const launcherIn = (canvas: HTMLElement) =>
  canvas.querySelector<HarmonyCompanionLauncher>('harmony-companion-launcher, story-popup-blocked-launcher')!;
// The callout renders once the launcher's Companion part has loaded (on intent, idle or the first click).
const launcherPart = (canvas: HTMLElement, name: string) =>
  launcherIn(canvas).shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

async function activate(canvas: HTMLElement): Promise<void> {
  await until(() => launcherIn(canvas).shadowRoot?.querySelector('[part="button"]'));
  launcherPart(canvas, 'button')!.click();
}

const meta: Meta<LauncherArgs> = {
  title: 'Elements/Companion launcher',
  component: 'harmony-companion-launcher',
  args: { 'conversation-id': 'weekly-sync', adapterLatency: 400 },
  argTypes: {
    'conversation-id': conversationIdArgType,
    target: { control: 'inline-radio', options: [undefined, '_blank'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    colorScheme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  parameters: { layout: 'fullscreen', docs: { story: { inline: true, height: '180px' } } },
  render: (args) =>
    html`<div
      class="story-host"
      dir=${ifDefined(args.dir)}
      style=${storyHostStyle(args.colorScheme, '12rem')}
    >
      <div style="padding-block-start: 2.5rem">
        <harmony-companion-launcher
          conversation-id=${args['conversation-id']}
          target=${ifDefined(args.target)}
          @harmony-companion-open=${stayInStory}
        ></harmony-companion-launcher>
      </div>
      ${companionOutput}
    </div>`,
};
export default meta;

type Story = StoryObj<LauncherArgs>;

export const Playground: Story = {};

export const Tooltip: Story = {
  play: async ({ canvasElement, viewMode }) => {
    if (inDocs({ viewMode })) return;
    await until(() => launcherIn(canvasElement).shadowRoot?.querySelector('[part="button"]'));
    // What a mouse pointer resting on the button does.
    launcherPart(canvasElement, 'button')!.dispatchEvent(
      new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }),
    );
    await until(() => !!launcherPart(canvasElement, 'tooltip')?.matches(':popover-open'));
  },
};

export const Pending: Story = {
  args: { adapterLatency: 0 },
  play: async ({ canvasElement, viewMode }) => {
    if (inDocs({ viewMode })) return;
    (getDefaultAdapter() as MemoryAdapter).setLatency({ startCompanionThread: 60_000 });
    await activate(canvasElement);
  },
};

export const Opened: Story = {
  name: 'Thread opened (navigation stopped by the story)',
  args: { adapterLatency: 0 },
  play: async ({ canvasElement, viewMode }) => {
    if (inDocs({ viewMode })) return;
    await activate(canvasElement);
  },
};

export const PopupBlocked: Story = {
  name: 'Popup blocked: link to the thread',
  args: { adapterLatency: 0, target: '_blank' },
  render: (args) =>
    html`<div class="story-host" style=${storyHostStyle(args.colorScheme, '12rem')}>
      <div style="padding-block-start: 2.5rem">
        <story-popup-blocked-launcher
          conversation-id=${args['conversation-id']}
          target=${ifDefined(args.target)}
        ></story-popup-blocked-launcher>
      </div>
    </div>`,
  play: async ({ canvasElement, viewMode }) => {
    if (inDocs({ viewMode })) return;
    await activate(canvasElement);
    await until(() => !!launcherPart(canvasElement, 'companion-feedback')?.matches(':popover-open'));
  },
};

const errorStory = (code: NonNullable<MemoryAdapterArgs['adapterFailure']>): Story => ({
  name: `Error: ${code}`,
  args: { adapterLatency: 0, adapterFailingMethod: 'startCompanionThread', adapterFailure: code },
  play: async ({ canvasElement, viewMode }) => {
    if (inDocs({ viewMode })) return;
    await activate(canvasElement);
    await until(() => !!launcherPart(canvasElement, 'companion-feedback')?.matches(':popover-open'));
  },
});

export const ErrorUnauthenticated = errorStory('unauthenticated');
export const ErrorForbidden = errorStory('forbidden');
export const ErrorRateLimited = errorStory('rate-limited');
export const ErrorUnavailable = errorStory('unavailable');
export const ErrorNetwork = errorStory('network');

/** Tapped while the conversation processes: the reason shows beside it, and no thread is asked for. */
export const StillProcessing: Story = {
  name: 'Unavailable: still processing',
  args: { adapterLatency: 0, 'conversation-id': 'roadmap-review' },
  play: async ({ canvasElement, viewMode }) => {
    if (inDocs({ viewMode })) return;
    await until(() => launcherIn(canvasElement).matches(':state(unavailable)'));
    await activate(canvasElement);
    await until(() => !!launcherPart(canvasElement, 'companion-feedback')?.matches(':popover-open'));
  },
};

export const ProcessingFailed: Story = {
  name: 'Unavailable: processing failed',
  args: { adapterLatency: 0, 'conversation-id': 'failed-upload' },
  play: StillProcessing.play,
};

export const RightToLeft: Story = {
  name: 'Right to left',
  args: {
    'conversation-id': 'arabic-title',
    dir: 'rtl',
    adapterLatency: 0,
    adapterFailingMethod: 'startCompanionThread',
    adapterFailure: 'unavailable',
  },
  play: errorStory('unavailable').play,
};

export const Dark: Story = { args: { colorScheme: 'dark' }, play: Tooltip.play };

export const DarkError: Story = {
  name: 'Dark: error',
  args: {
    colorScheme: 'dark',
    adapterLatency: 0,
    adapterFailingMethod: 'startCompanionThread',
    adapterFailure: 'forbidden',
  },
  play: errorStory('forbidden').play,
};
