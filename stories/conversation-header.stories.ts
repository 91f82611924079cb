import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define.js';
import type { HarmonyOverflowMenu } from '../src/components/overflow-menu/overflow-menu.js';
import { sampleConversations } from '../test/fixtures/sample-conversations.js';
import { companionOutput, inDocs, stayInStory, storyHostStyle, until } from './support/companion-story.js';
import type { MemoryAdapterArgs } from './support/memory-adapter-decorator.js';

interface HeaderArgs extends MemoryAdapterArgs {
  'conversation-id': string;
  dir?: 'ltr' | 'rtl';
  colorScheme?: 'light' | 'dark';
  /** The header's width, to see it in a narrow column or on a phone. */
  width: string;
}

const conversations = new Map(
  sampleConversations().map(({ conversation }) => [conversation.id, conversation]),
);
const statusLabel = { completed: 'Completed', processing: 'Processing', failed: 'Failed' } as const;

const menuIn = (canvas: HTMLElement) => canvas.querySelector('harmony-overflow-menu') as HarmonyOverflowMenu;
const menuPart = (canvas: HTMLElement, name: string) =>
  menuIn(canvas).shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

async function openMenuWhenLoaded(canvas: HTMLElement): Promise<void> {
  await until(
    () =>
      menuIn(canvas).shadowRoot?.querySelector('[part~="trigger"]')?.getAttribute('aria-label') !==
      'More actions',
  );
  menuPart(canvas, 'trigger').click();
  await menuIn(canvas).updateComplete;
}

/**
 * A host page's conversation header (a plain block here: the page's own
 * landmarks belong to the host), built from markup alone: the title, the
 * status badge, the Companion launcher and the ⋯ menu (which brings its own
 * share dialog). The story's in-memory backend is the page-wide default adapter.
 */
const meta: Meta<HeaderArgs> = {
  title: 'Compositions/Conversation header',
  args: { 'conversation-id': 'weekly-sync', width: '44rem', adapterLatency: 300 },
  argTypes: {
    'conversation-id': {
      control: 'select',
      options: ['weekly-sync', 'long-title', 'arabic-title', 'roadmap-review', 'failed-upload'],
    },
    width: { control: 'inline-radio', options: ['44rem', '320px'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    colorScheme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  parameters: { layout: 'fullscreen', docs: { story: { inline: true, height: '200px' } } },
  render: (args) => {
    const conversation = conversations.get(args['conversation-id'])!;
    return html`<div
      class="story-host"
      dir=${ifDefined(args.dir)}
      style=${storyHostStyle(args.colorScheme, '26rem')}
    >
      <div
        style="display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; max-inline-size: ${args.width}; box-sizing: border-box; padding-block-end: 0.75rem; border-block-end: 1px solid #8885"
        @harmony-companion-open=${stayInStory}
      >
        <h2
          style="flex: 1 1 12rem; margin: 0; font: 600 1.375rem/1.3 system-ui, sans-serif; overflow-wrap: anywhere"
        >
          ${conversation.title}
        </h2>
        <span
          style="padding: 0.125rem 0.5rem; border: 1px solid currentColor; border-radius: 999px; font: 0.8125rem system-ui"
        >
          ${statusLabel[conversation.status]}
        </span>
        <harmony-companion-launcher conversation-id=${conversation.id}></harmony-companion-launcher>
        <harmony-overflow-menu conversation-id=${conversation.id}></harmony-overflow-menu>
      </div>
      ${companionOutput}
    </div>`;
  },
};
export default meta;

type Story = StoryObj<HeaderArgs>;

export const Completed: Story = {};

const openTheMenu: Story['play'] = async ({ canvasElement, viewMode }) => {
  if (inDocs({ viewMode })) return;
  await openMenuWhenLoaded(canvasElement);
};

export const Processing: Story = {
  name: 'Processing: Share disabled',
  args: { 'conversation-id': 'roadmap-review', adapterLatency: 0 },
  play: openTheMenu,
};

export const MenuOpen: Story = {
  name: '⋯ menu open',
  args: { adapterLatency: 0 },
  play: openTheMenu,
};

export const ShareDialog: Story = {
  name: '⋯ → Share → dialog',
  args: { adapterLatency: 0 },
  play: async ({ canvasElement, viewMode }) => {
    if (inDocs({ viewMode })) return;
    await openMenuWhenLoaded(canvasElement);
    await until(() => menuPart(canvasElement, 'share-item').getAttribute('aria-disabled') === 'false');
    menuPart(canvasElement, 'share-item').click();
  },
};

export const LongTitle: Story = { args: { 'conversation-id': 'long-title' } };

export const Narrow: Story = {
  name: 'Narrow (320 px), menu open',
  args: { 'conversation-id': 'long-title', width: '320px', adapterLatency: 0 },
  play: openTheMenu,
};

export const RightToLeft: Story = {
  name: 'Right to left',
  args: { 'conversation-id': 'arabic-title', dir: 'rtl', adapterLatency: 0 },
  play: openTheMenu,
};

export const Dark: Story = { args: { colorScheme: 'dark', adapterLatency: 0 }, play: openTheMenu };
