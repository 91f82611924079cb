import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryAdapter } from '../src/adapter/memory-adapter.js';
import type { HarmonyAdapter, ShareAudience } from '../src/adapter/types.js';
import '../src/components/share-dialog/define.js';
import type { HarmonyShareDialog } from '../src/components/share-dialog/share-dialog.js';
import { samplePeople, sampleConversations } from '../test/fixtures/sample-conversations.js';

type Audience = 'three' | 'none' | 'forty' | 'slow' | 'unsupported';

interface LinkStoryArgs {
  /** Who the in-memory backend says can open the link. */
  audience: Audience;
  colorScheme?: 'light' | 'dark';
}

const forty: ShareAudience['people'] = Array.from({ length: 40 }, (_, i) => ({
  name: `Teammate ${String(i + 1).padStart(2, '0')}`,
  email: `teammate${i + 1}@harmony.example`,
  because: i === 0 ? 'creator' : i % 5 === 0 ? 'all' : 'team',
  ...(i !== 0 && i % 5 !== 0 ? { team: 'Sales' } : {}),
}));

/** A backend for one story: the sample conversations, with weekly-sync's audience as the story needs. */
function backendFor(audience: Audience): HarmonyAdapter {
  const people = audience === 'none' ? [] : audience === 'forty' ? forty : undefined;
  const memory = new MemoryAdapter({
    conversations: sampleConversations().map((record) =>
      people && record.conversation.id === 'weekly-sync'
        ? { ...record, audience: { people, teams: ['Sales'] } }
        : record,
    ),
    people: samplePeople(),
    latency: audience === 'slow' ? { getShareAudience: 60_000 } : 0,
  });
  if (audience !== 'unsupported') return memory;
  // An integrator's backend that cannot say who can open a link, nor check a teammate.
  return {
    getConversation: (id, options) => memory.getConversation(id, options),
    getInsights: (id, options) => memory.getInsights(id, options),
    createShareLink: (id, options) => memory.createShareLink(id, options),
    revokeShareLink: (id, linkId, options) => memory.revokeShareLink(id, linkId, options),
    startCompanionThread: (id, options) => memory.startCompanionThread(id, options),
  };
}

const dialogIn = (canvas: HTMLElement) => canvas.querySelector('harmony-share-dialog')!;
const shadowPart = <T extends HTMLElement = HTMLElement>(dialog: HarmonyShareDialog, name: string) =>
  dialog.shadowRoot!.querySelector<T>(`[part~="${name}"]`);

async function until(check: () => unknown, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error('The story never reached its state.');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Generates the link from a real click once the conversation has loaded. */
async function generate(canvas: HTMLElement): Promise<HarmonyShareDialog> {
  const dialog = dialogIn(canvas);
  await until(() => shadowPart(dialog, 'link-button')?.getAttribute('aria-disabled') === 'false');
  shadowPart(dialog, 'link-button')!.click();
  await until(() => shadowPart(dialog, 'link-field'));
  return dialog;
}

/** Types a name into "Check who can open it" and waits for the answer. */
async function check(canvas: HTMLElement, who: string, answer: string): Promise<void> {
  const dialog = await generate(canvas);
  await until(() => shadowPart(dialog, 'access-check-field'));
  const field = shadowPart<HTMLInputElement>(dialog, 'access-check-field')!;
  field.value = who;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await until(() => shadowPart(dialog, 'access-check-result')?.textContent?.includes(answer));
}

const inDocs = (context: { viewMode?: string }) => context.viewMode === 'docs';

const meta: Meta<LinkStoryArgs> = {
  title: 'Elements/Share dialog: Shareable link',
  component: 'harmony-share-dialog',
  args: { audience: 'three' },
  argTypes: {
    audience: { control: 'inline-radio', options: ['three', 'none', 'forty', 'slow', 'unsupported'] },
    colorScheme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  parameters: { layout: 'fullscreen', docs: { story: { inline: true, height: '160px' } } },
  // In the docs page every story renders closed: several modal dialogs cannot share a page.
  render: (args, context) =>
    html`<div
      style="padding: 1rem; min-block-size: 100vh; box-sizing: border-box; color-scheme: ${
        args.colorScheme ?? 'light'
      }; background: ${args.colorScheme === 'dark' ? '#15181e' : 'transparent'}"
    >
      <harmony-share-dialog
        conversation-id="weekly-sync"
        .adapter=${backendFor(args.audience)}
        ?open=${!inDocs(context)}
      ></harmony-share-dialog>
    </div>`,
};
export default meta;

type Story = StoryObj<LinkStoryArgs>;

const generated: Story['play'] = async ({ canvasElement, viewMode }) => {
  if (inDocs({ viewMode })) return;
  await generate(canvasElement);
};

export const WhoCanOpenIt: Story = {
  name: 'Who can open it',
  play: async (context) => {
    if (inDocs(context)) return;
    const dialog = await generate(context.canvasElement);
    await until(() => shadowPart(dialog, 'link-audience-toggle'));
    shadowPart(dialog, 'link-audience-toggle')!.click();
  },
};

export const AudienceLoading: Story = {
  name: 'Who can open it: finding out',
  args: { audience: 'slow' },
  play: generated,
};

export const AudienceEmpty: Story = {
  name: 'Who can open it: nobody listed',
  args: { audience: 'none' },
  play: generated,
};

export const AudienceLarge: Story = {
  name: 'Who can open it: forty people',
  args: { audience: 'forty' },
  play: WhoCanOpenIt.play,
};

export const WithoutAudience: Story = {
  name: 'Backend without who can open it',
  args: { audience: 'unsupported' },
  play: generated,
};

export const CheckCan: Story = {
  name: 'Check: can open it',
  play: async (context) => {
    if (!inDocs(context)) await check(context.canvasElement, 'ben', 'can open it');
  },
};

export const CheckCannot: Story = {
  name: "Check: can't open it",
  play: async (context) => {
    if (!inDocs(context)) await check(context.canvasElement, 'dee', "can't open it");
  },
};

export const CheckUnknown: Story = {
  name: 'Check: nobody by that name',
  play: async (context) => {
    if (!inDocs(context)) await check(context.canvasElement, 'Zed Nobody', 'Nobody in this workspace');
  },
};

export const ExpiryChosen: Story = {
  name: 'Expires in 7 days',
  play: async ({ canvasElement, viewMode }) => {
    if (inDocs({ viewMode })) return;
    const dialog = dialogIn(canvasElement);
    await until(() => shadowPart(dialog, 'link-expiry-select'));
    const select = shadowPart<HTMLSelectElement>(dialog, 'link-expiry-select')!;
    select.value = '7';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await generate(canvasElement);
    await until(() => shadowPart(dialog, 'link-expires'));
  },
};

export const CheckCannotDark: Story = {
  name: "Check: can't open it (dark)",
  args: { colorScheme: 'dark' },
  play: CheckCannot.play,
};
