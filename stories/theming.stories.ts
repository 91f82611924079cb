import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';

interface ThemingArgs {
  colorScheme: 'light' | 'dark';
  brand: boolean;
}

/**
 * A restyle with the public styling API only: `--harmony-*` tokens on any ancestor and `::part()` rules.
 * Nothing here reaches into a shadow root.
 */
const brandStyles = html`<style>
  .brand {
    --harmony-color-accent: light-dark(#0b6e4f, #7fe0b8);
    --harmony-color-on-accent: light-dark(#ffffff, #06281c);
    --harmony-color-surface: light-dark(#fbfaf6, #1b1f1d);
    --harmony-color-surface-raised: light-dark(#efece2, #27302c);
    --harmony-color-border: light-dark(#b9b29c, #4b5a53);
    --harmony-radius: 2px;
    --harmony-font-family: Georgia, 'Times New Roman', serif;
    --harmony-dialog-width: 30rem;
  }
  .brand harmony-share-dialog::part(title) {
    font-size: 1.4rem;
    letter-spacing: 0.01em;
  }
  .brand harmony-share-dialog::part(pdf-button),
  .brand harmony-share-dialog::part(link-button) {
    text-transform: uppercase;
    letter-spacing: 0.06em;
  }
  .brand harmony-overflow-menu::part(trigger),
  .brand harmony-companion-launcher::part(button) {
    border: 1px solid var(--harmony-color-border);
    border-radius: 999px;
  }
</style>`;

const meta: Meta<ThemingArgs> = {
  title: 'Guides/Theming',
  // The guide's page is Theming.mdx, built from the manifest; these stories are its examples.
  tags: ['!autodocs'],
  args: { colorScheme: 'light', brand: false, adapterLatency: 0 } as ThemingArgs,
  argTypes: { colorScheme: { control: 'inline-radio', options: ['light', 'dark'] } },
  parameters: { layout: 'fullscreen', docs: { story: { inline: true, height: '120px' } } },
  // A conversation header and its share dialog, opened at once in the canvas; behind a button in the
  // guide, where several modal dialogs cannot share a page.
  render: (args, context) =>
    html`${args.brand ? brandStyles : ''}
      <div
        class=${args.brand ? 'brand' : ''}
        style="padding: 1rem; min-block-size: ${context.viewMode === 'docs' ? 'auto' : '100vh'}; box-sizing: border-box; color-scheme: ${args.colorScheme};
        background: ${args.colorScheme === 'dark' ? '#15181e' : '#ffffff'};
        color: ${args.colorScheme === 'dark' ? '#eef0f4' : '#1d2330'}"
      >
        <div style="display: flex; align-items: center; gap: 0.5rem; font-family: system-ui, sans-serif">
          <h1 style="font-size: 1.1rem; margin: 0; flex: 1">Weekly sync: Q3 launch readiness</h1>
          <harmony-companion-launcher conversation-id="weekly-sync"></harmony-companion-launcher>
          <harmony-overflow-menu
            conversation-id="weekly-sync"
            share-dialog="theming-dialog"
          ></harmony-overflow-menu>
        </div>
        <harmony-share-dialog
          id="theming-dialog"
          conversation-id="weekly-sync"
          ?open=${context.viewMode !== 'docs'}
        ></harmony-share-dialog>
      </div>`,
};
export default meta;

type Story = StoryObj<ThemingArgs>;

/** The default look: the elements follow the page's `color-scheme`. */
export const Light: Story = {};

/** `color-scheme: dark` on any ancestor switches every token to its dark value. */
export const Dark: Story = { args: { colorScheme: 'dark' } };

/** A brand restyle with tokens and parts only, in light… */
export const Brand: Story = { args: { brand: true } };

/** …and in dark: the brand's tokens use `light-dark()` too. */
export const BrandDark: Story = { name: 'Brand, dark', args: { brand: true, colorScheme: 'dark' } };
