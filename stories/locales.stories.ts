import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/overflow-menu/define.js';
import '../src/components/share-dialog/define.js';
import '../src/locales/ar.js';
import '../src/locales/de.js';
import '../src/locales/ja.js';
import { companionOutput, inDocs, stayInStory, storyHostStyle } from './support/companion-story.js';
import type { MemoryAdapterArgs } from './support/memory-adapter-decorator.js';

interface LocaleArgs extends MemoryAdapterArgs {
  lang: string;
  element: 'dialog' | 'menu';
  'conversation-id': string;
  colorScheme?: 'light' | 'dark';
}

/** Host items in the page's own words: the host translates them, the built-in ones follow `lang`. */
const arabicHostItems = html`<harmony-menu-item value="rename">إعادة التسمية</harmony-menu-item>
  <harmony-menu-item value="delete" disabled aria-describedby="delete-reason">
    حذف
    <span slot="description" id="delete-reason">لا يمكن الحذف إلا للمالك</span>
  </harmony-menu-item>`;

const meta: Meta<LocaleArgs> = {
  title: 'Languages',
  args: { lang: 'de', element: 'dialog', 'conversation-id': 'weekly-sync', adapterLatency: 0 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'de', 'de-AT', 'ja', 'ar', 'fr'] },
    element: { control: 'inline-radio', options: ['dialog', 'menu'] },
    colorScheme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  parameters: { layout: 'fullscreen', docs: { story: { inline: true, height: '160px' } } },
  // The language comes from `lang` on the story's container, as from a host page's section; in the docs
  // page nothing opens (several modal dialogs or menus cannot share a page).
  render: (args, context) =>
    html`<div class="story-host" lang=${args.lang} style=${storyHostStyle(args.colorScheme, '100vh')}>
      ${
        args.element === 'dialog'
          ? html`<harmony-share-dialog
              conversation-id=${args['conversation-id']}
              ?open=${!inDocs(context)}
            ></harmony-share-dialog>`
          : html`<div style="display: flex; align-items: center; gap: 0.5rem; max-inline-size: 40rem">
                <h2 style="margin: 0; font: 600 1.25rem system-ui; flex: 1">${args['conversation-id']}</h2>
                <harmony-overflow-menu
                  conversation-id=${args['conversation-id']}
                  ?open=${!inDocs(context)}
                  @harmony-companion-open=${stayInStory}
                  >${args.lang === 'ar' ? arabicHostItems : nothing}</harmony-overflow-menu
                >
              </div>
              ${companionOutput}`
      }
    </div>`,
};
export default meta;

type Story = StoryObj<LocaleArgs>;

export const GermanDialog: Story = { name: 'German dialog', args: { lang: 'de' } };

export const GermanError: Story = {
  name: 'German dialog, error',
  args: { lang: 'de', adapterFailingMethod: 'getConversation', adapterFailure: 'unavailable' },
};

export const JapaneseDialog: Story = { name: 'Japanese dialog', args: { lang: 'ja' } };

export const ArabicDialog: Story = {
  name: 'Arabic dialog (right to left)',
  args: { lang: 'ar', 'conversation-id': 'arabic-title' },
};

export const ArabicMenu: Story = {
  name: 'Arabic menu (right to left)',
  args: { lang: 'ar', element: 'menu', 'conversation-id': 'arabic-title' },
};

export const GermanMenu: Story = { name: 'German menu', args: { lang: 'de', element: 'menu' } };

export const ArabicDialogDark: Story = {
  name: 'Arabic dialog, dark',
  args: { lang: 'ar', 'conversation-id': 'arabic-title', colorScheme: 'dark' },
};
