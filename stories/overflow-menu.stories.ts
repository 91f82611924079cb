import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { getDefaultAdapter } from '../src/adapter/default-adapter.js';
import type { MemoryAdapter } from '../src/adapter/memory-adapter.js';
import '../src/components/overflow-menu/define.js';
import type { HarmonyOverflowMenu } from '../src/components/overflow-menu/overflow-menu.js';
import { sampleConversations } from '../test/fixtures/sample-conversations.js';
import { companionOutput, inDocs, stayInStory, storyHostStyle, until } from './support/companion-story.js';
import { conversationIdArgType, type MemoryAdapterArgs } from './support/memory-adapter-decorator.js';

interface OverflowMenuArgs extends MemoryAdapterArgs {
  'conversation-id': string;
  open: boolean;
  hostItems: boolean;
  dir?: 'ltr' | 'rtl';
  colorScheme?: 'light' | 'dark';
}

const titles = new Map(
  sampleConversations().map(({ conversation }) => [conversation.id, conversation.title]),
);

const menuIn = (canvas: HTMLElement) => canvas.querySelector('harmony-overflow-menu') as HarmonyOverflowMenu;
const menuPart = (menu: HarmonyOverflowMenu, name: string) =>
  menu.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

/** Opens the menu once the conversation is loaded and selects an item, as a user would. */
async function selectWhenReady(canvas: HTMLElement, item: 'share-item' | 'companion-item'): Promise<void> {
  const menu = menuIn(canvas);
  await until(
    () => menu.shadowRoot?.querySelector('[part~="share-item"]')?.getAttribute('aria-disabled') === 'false',
  );
  menuPart(menu, 'trigger').click();
  await menu.updateComplete;
  menuPart(menu, item).click();
}

const hostItems = html`<harmony-menu-item value="rename">Rename</harmony-menu-item>
  <harmony-menu-item value="transcript">
    <svg
      slot="icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
    >
      <path d="M6 3.5h8l4 4v13H6z M14 3.5v4h4 M9 12h6 M9 16h6" />
    </svg>
    Download transcript
  </harmony-menu-item>
  <harmony-menu-item value="delete" disabled aria-describedby="delete-reason">
    Delete
    <span slot="description" id="delete-reason">Only the owner can delete this conversation</span>
  </harmony-menu-item>`;

const meta: Meta<OverflowMenuArgs> = {
  title: 'Elements/Overflow menu',
  component: 'harmony-overflow-menu',
  args: { 'conversation-id': 'weekly-sync', open: false, hostItems: false, adapterLatency: 400 },
  argTypes: {
    'conversation-id': conversationIdArgType,
    hostItems: { name: 'Host items' },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    colorScheme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  parameters: { layout: 'fullscreen', docs: { story: { inline: true, height: '120px' } } },
  // In the docs page every story renders closed: only one menu can be open on a page.
  render: (args, context) =>
    html`<div class="story-host" dir=${ifDefined(args.dir)} style=${storyHostStyle(args.colorScheme)}>
      <div style="display: flex; align-items: center; gap: 0.5rem; max-inline-size: 40rem">
        <h2 style="margin: 0; font: 600 1.25rem system-ui; flex: 1; overflow-wrap: anywhere">
          ${titles.get(args['conversation-id']) ?? 'Unknown conversation'}
        </h2>
        <harmony-overflow-menu
          conversation-id=${args['conversation-id']}
          ?open=${args.open && !inDocs(context)}
          @harmony-companion-open=${stayInStory}
          >${args.hostItems ? hostItems : nothing}</harmony-overflow-menu
        >
      </div>
      ${companionOutput}
    </div>`,
};
export default meta;

type Story = StoryObj<OverflowMenuArgs>;

export const Playground: Story = {};

export const Closed: Story = { args: { adapterLatency: 0 } };

export const Open: Story = { args: { open: true, adapterLatency: 0 } };

export const Loading: Story = {
  name: 'Open while loading',
  args: { open: true, adapterLatency: 60_000 },
};

export const ShareDisabled: Story = {
  name: 'Share disabled (still processing)',
  args: { open: true, 'conversation-id': 'roadmap-review', adapterLatency: 0 },
};

export const ProcessingFailed: Story = {
  args: { open: true, 'conversation-id': 'failed-upload', adapterLatency: 0 },
};

export const HostItems: Story = { args: { open: true, hostItems: true, adapterLatency: 0 } };

export const ShareOpensTheDialog: Story = {
  name: 'Share opens the dialog',
  args: { adapterLatency: 0 },
  play: async ({ canvasElement, viewMode }) => {
    if (inDocs({ viewMode })) return;
    await selectWhenReady(canvasElement, 'share-item');
  },
};

export const CompanionPending: Story = {
  name: 'Discuss with Companion: pending',
  args: { adapterLatency: 0 },
  play: async ({ canvasElement, viewMode }) => {
    if (inDocs({ viewMode })) return;
    (getDefaultAdapter() as MemoryAdapter).setLatency({ startCompanionThread: 60_000 });
    await selectWhenReady(canvasElement, 'companion-item');
  },
};

export const CompanionError: Story = {
  name: 'Discuss with Companion: error',
  args: { adapterLatency: 0, adapterFailingMethod: 'startCompanionThread', adapterFailure: 'forbidden' },
  play: async ({ canvasElement, viewMode }) => {
    if (inDocs({ viewMode })) return;
    await selectWhenReady(canvasElement, 'companion-item');
    await until(() => menuPart(menuIn(canvasElement), 'companion-feedback').matches(':popover-open'));
  },
};

export const LongTitle: Story = { args: { open: true, 'conversation-id': 'long-title', hostItems: true } };

export const RightToLeft: Story = {
  name: 'Right to left',
  args: { open: true, 'conversation-id': 'arabic-title', dir: 'rtl', hostItems: true },
};

export const Dark: Story = { args: { open: true, colorScheme: 'dark', hostItems: true } };

export const Themed: Story = {
  args: { open: true },
  render: (args, context) =>
    html`<div
      style="--harmony-color-accent: #0b7a5a; --harmony-radius: 2px; --harmony-font-family: Georgia, serif"
    >
      ${meta.render!(args, context)}
    </div>`,
};
