import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { PDF_SECTIONS_KEY } from '../src/components/share-dialog/pdf-sections-storage.js';
import type { HarmonyShareDialog } from '../src/components/share-dialog/share-dialog.js';
import shareDialog from './share-dialog.stories.js';

type Args = typeof shareDialog extends Meta<infer A> ? A : never;

function part(canvas: HTMLElement, name: string): HTMLElement | null {
  const dialog = canvas.querySelector<HarmonyShareDialog>('harmony-share-dialog');
  return dialog?.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
}

async function until(check: () => unknown, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error('The story never reached its state.');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Opens Customize PDF and leaves out the parts named, with real clicks. The choice is then forgotten, so
 * no other story opens with it: what shows stays, only the browser's memory of it is cleared.
 */
async function leaveOut(canvas: HTMLElement, labels: string[], close = false): Promise<void> {
  await until(() => part(canvas, 'pdf-button')?.getAttribute('aria-disabled') === 'false');
  part(canvas, 'pdf-options-button')!.click();
  await until(() => part(canvas, 'pdf-sections')?.checkVisibility());
  for (const label of part(canvas, 'pdf-sections')!.querySelectorAll('label')) {
    if (labels.includes(label.textContent!.trim())) label.querySelector('input')!.click();
  }
  if (close) part(canvas, 'pdf-options-button')!.click();
  localStorage.removeItem(PDF_SECTIONS_KEY);
}

const inDocs = (viewMode?: string) => viewMode === 'docs';

const meta: Meta<Args> = {
  ...shareDialog,
  title: 'Elements/Share dialog: Customize PDF',
  args: { ...shareDialog.args, adapterLatency: 0 },
  // Every story starts from what a first visit shows: all parts chosen.
  beforeEach: () => localStorage.removeItem(PDF_SECTIONS_KEY),
};
export default meta;

type Story = StoryObj<Args>;

/** Customize PDF open, Summary and Other insights left out: Share PDF makes a report of the rest. */
export const SectionsChosen: Story = {
  name: 'Sections chosen',
  play: async ({ canvasElement, viewMode }) => {
    if (inDocs(viewMode)) return;
    await leaveOut(canvasElement, ['Summary', 'Other insights']);
  },
};

/** Closed again: the line beside it names what the PDF will hold. */
export const SectionsChosenClosed: Story = {
  name: 'Sections chosen, closed',
  play: async ({ canvasElement, viewMode }) => {
    if (inDocs(viewMode)) return;
    await leaveOut(canvasElement, ['Summary', 'Other insights'], true);
    await until(() => part(canvasElement, 'pdf-options-summary'));
  },
};

/** Every part left out: Share PDF is unavailable and says why. */
export const NoSectionChosen: Story = {
  name: 'No section chosen',
  play: async ({ canvasElement, viewMode }) => {
    if (inDocs(viewMode)) return;
    await leaveOut(canvasElement, ['Summary', 'Action items', 'Key points', 'Other insights']);
    await until(() => part(canvasElement, 'pdf-sections-reason'));
  },
};

export const SectionsChosenDark: Story = {
  name: 'Sections chosen, dark, right to left',
  args: { colorScheme: 'dark', dir: 'rtl', 'conversation-id': 'arabic-title' },
  play: SectionsChosen.play,
};
