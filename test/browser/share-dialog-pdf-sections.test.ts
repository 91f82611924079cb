import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HarmonyError } from '../../src/adapter/errors.js';
import type { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import type { ReportRequestOptions } from '../../src/adapter/types.js';
import type { HarmonyShareDialog } from '../../src/components/share-dialog/share-dialog.js';
import type { HarmonyPdfReadyEvent } from '../../src/events/events.js';
import { readPdf } from '../fixtures/report/read-pdf-browser.js';
import {
  captureDownloads,
  focused,
  mountShareDialog,
  part,
  text,
  titleLoaded,
} from './support/share-dialog-harness.js';

const KEY = 'harmony-share:pdf-sections';
const LABELS = ['Summary', 'Action items', 'Key points', 'Other insights'];

function checkboxes(dialog: HarmonyShareDialog): HTMLInputElement[] {
  return [...dialog.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="pdf-sections"] input')];
}

function checkbox(dialog: HarmonyShareDialog, label: string): HTMLInputElement {
  const found = checkboxes(dialog).find((box) => box.labels?.[0]?.textContent?.trim() === label);
  if (!found) throw new Error(`no checkbox labelled ${label}`);
  return found;
}

const checkedLabels = (dialog: HarmonyShareDialog) =>
  checkboxes(dialog)
    .filter((box) => box.checked)
    .map((box) => box.labels![0]!.textContent!.trim());

async function openOptions(dialog: HarmonyShareDialog): Promise<void> {
  const toggle = part(dialog, 'pdf-options-button')!;
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await dialog.updateComplete;
}

/** Clicks a checkbox as a user does, and waits for the dialog to show the result. */
async function toggleSection(dialog: HarmonyShareDialog, label: string): Promise<void> {
  checkbox(dialog, label).click();
  await dialog.updateComplete;
}

/** Records what the dialog asks `downloadReport` for, then lets the adapter answer as before. */
function spyOnDownloads(adapter: MemoryAdapter): ReportRequestOptions[] {
  const asked: ReportRequestOptions[] = [];
  const original = adapter.downloadReport.bind(adapter);
  adapter.downloadReport = (id, options) => {
    const { signal: _signal, ...rest } = options ?? {};
    asked.push(rest);
    return original(id, options);
  };
  return asked;
}

describe('<harmony-share-dialog> Customize PDF', () => {
  beforeEach(() => localStorage.removeItem(KEY));
  afterEach(() => localStorage.removeItem(KEY));

  describe('accessibility', () => {
    it('is a closed disclosure that opens onto a labelled group of four parts, all chosen', async () => {
      const { dialog } = await mountShareDialog();
      await titleLoaded(dialog);
      const toggle = part(dialog, 'pdf-options-button')!;
      expect(toggle.tagName).to.equal('BUTTON');
      expect(toggle.textContent!.trim()).to.equal('Customize PDF');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      const group = dialog.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(group).to.equal(part(dialog, 'pdf-sections'));
      expect(group.checkVisibility()).to.equal(false);
      expect(text(dialog, 'pdf-options-summary')).to.equal('');

      toggle.click();
      await dialog.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(group.checkVisibility()).to.equal(true);
      expect(group.tagName).to.equal('FIELDSET');
      expect(group.querySelector('legend')!.textContent!.trim()).to.equal('Include in the PDF');
      expect(checkboxes(dialog).map((box) => box.labels![0]!.textContent!.trim())).to.deep.equal(LABELS);
      expect(checkedLabels(dialog)).to.deep.equal(LABELS);
      expect(group.textContent).to.contain('The transcript is never part of the PDF');
      expect(part(dialog, 'pdf-button')!.getAttribute('aria-disabled')).to.equal('false');
      await expect(dialog).to.be.accessible();
    });

    it('with no part chosen, Share PDF is unavailable and says why, open or closed; nothing is sent', async () => {
      const { dialog, adapter } = await mountShareDialog();
      await titleLoaded(dialog);
      await openOptions(dialog);
      for (const label of LABELS) await toggleSection(dialog, label);
      const button = part(dialog, 'pdf-button')!;
      const reason = part(dialog, 'pdf-sections-reason')!;
      expect(reason.textContent!.trim()).to.equal('Choose at least one part of the report.');
      expect(reason.checkVisibility()).to.equal(true);
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.getAttribute('aria-describedby')!.split(' ')).to.include(reason.id);
      await expect(dialog).to.be.accessible();

      part(dialog, 'pdf-options-button')!.click();
      await dialog.updateComplete;
      expect(part(dialog, 'pdf-sections-reason')!.checkVisibility()).to.equal(true);
      expect(text(dialog, 'pdf-options-summary')).to.equal('');

      let started = false;
      dialog.addEventListener('harmony-pdf-start', () => (started = true));
      button.click();
      await dialog.updateComplete;
      expect(started).to.equal(false);
      expect(text(dialog, 'pdf-button')).to.equal('Share PDF');
      expect(adapter.calls.map((call) => call.method)).not.to.include('downloadReport');
      // What the status region said is the reason, announced when the last part was unchecked: nothing since.
      expect(dialog.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
        'Choose at least one part of the report.',
      );

      await openOptions(dialog);
      await toggleSection(dialog, 'Key points');
      expect(part(dialog, 'pdf-sections-reason')).to.equal(null);
      expect(button.getAttribute('aria-disabled')).to.equal('false');
      expect(button.hasAttribute('aria-describedby')).to.equal(false);
    });
  });

  describe('properties', () => {
    it('remembers the choice in this browser: a new dialog starts from it, closed, and names it', async () => {
      const first = await mountShareDialog();
      await titleLoaded(first.dialog);
      await openOptions(first.dialog);
      await toggleSection(first.dialog, 'Summary');
      await toggleSection(first.dialog, 'Other insights');
      first.dialog.remove();

      const { dialog } = await mountShareDialog();
      await titleLoaded(dialog);
      const toggle = part(dialog, 'pdf-options-button')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      const summary = part(dialog, 'pdf-options-summary')!;
      expect(summary.textContent!.trim()).to.equal('Includes Action items, Key points');
      expect(toggle.getAttribute('aria-describedby')).to.equal(summary.id);
      await openOptions(dialog);
      expect(checkedLabels(dialog)).to.deep.equal(['Action items', 'Key points']);
      expect(part(dialog, 'pdf-options-summary')).to.equal(null);

      // Every part again is the default: nothing left to name.
      await toggleSection(dialog, 'Summary');
      await toggleSection(dialog, 'Other insights');
      dialog.hide();
      await dialog.updateComplete;
      dialog.show();
      await dialog.updateComplete;
      expect(part(dialog, 'pdf-options-button')!.getAttribute('aria-expanded')).to.equal('false');
      expect(part(dialog, 'pdf-options-summary')).to.equal(null);
    });

    it('starts from every part when storage holds garbage or refuses to be read', async () => {
      for (const stored of ['not json', '{"summary":true}', '["transcript"]', '[]', '42', 'null']) {
        localStorage.setItem(KEY, stored);
        const { dialog } = await mountShareDialog();
        await titleLoaded(dialog);
        await openOptions(dialog);
        expect(checkedLabels(dialog), stored).to.deep.equal(LABELS);
        dialog.remove();
      }
      const { getItem, setItem } = Storage.prototype;
      Storage.prototype.getItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        const { dialog } = await mountShareDialog();
        await titleLoaded(dialog);
        await openOptions(dialog);
        expect(checkedLabels(dialog)).to.deep.equal(LABELS);
        await toggleSection(dialog, 'Summary');
        expect(checkedLabels(dialog)).to.deep.equal(LABELS.slice(1));
      } finally {
        Storage.prototype.getItem = getItem;
        Storage.prototype.setItem = setItem;
      }
    });
  });

  describe('keyboard', () => {
    it('opens with Enter, moves into the parts with Tab, and toggles one with Space', async () => {
      const { dialog } = await mountShareDialog();
      await titleLoaded(dialog);
      const toggle = part(dialog, 'pdf-options-button')!;
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await dialog.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Tab' });
      expect(focused(dialog)).to.equal(checkbox(dialog, 'Summary'));
      await sendKeys({ press: 'Space' });
      await dialog.updateComplete;
      expect(checkbox(dialog, 'Summary').checked).to.equal(false);
      await sendKeys({ press: 'Tab' });
      expect(focused(dialog)).to.equal(checkbox(dialog, 'Action items'));
      await sendKeys({ press: 'Shift+Tab' });
      await sendKeys({ press: 'Shift+Tab' });
      expect(focused(dialog)).to.equal(toggle);
      await sendKeys({ press: 'Space' });
      await dialog.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(text(dialog, 'pdf-options-summary')).to.equal(
        'Includes Action items, Key points, Other insights',
      );
      expect(dialog.open).to.equal(true);
    });
  });

  describe('adapter', () => {
    it('asks the server for exactly the chosen parts, in the language of the element', async () => {
      const { dialog, adapter } = await mountShareDialog();
      dialog.setAttribute('lang', 'de');
      const asked = spyOnDownloads(adapter);
      await titleLoaded(dialog);
      await openOptions(dialog);
      await toggleSection(dialog, 'Summary');
      await toggleSection(dialog, 'Other insights');
      const ready = oneEvent(dialog, 'harmony-pdf-ready');
      part(dialog, 'pdf-button')!.click();
      await ready;
      expect(asked).to.deep.equal([{ sections: ['action-items', 'key-points'], locale: 'de' }]);
    });

    it('asks for the whole report, without a list, when every part is chosen', async () => {
      const { dialog, adapter } = await mountShareDialog();
      dialog.setAttribute('lang', 'en-GB');
      const asked = spyOnDownloads(adapter);
      await titleLoaded(dialog);
      const ready = oneEvent(dialog, 'harmony-pdf-ready');
      part(dialog, 'pdf-button')!.click();
      await ready;
      expect(asked).to.deep.equal([{ locale: 'en-GB' }]);
    });

    it('when the server is unavailable, the PDF made in the browser holds only the chosen parts', async () => {
      const { dialog, adapter } = await mountShareDialog();
      // The language comes from the nearest ancestor that names one, as on a host's page.
      dialog.parentElement!.setAttribute('lang', 'fr');
      const asked = spyOnDownloads(adapter);
      adapter.setFailure('downloadReport', new HarmonyError('unavailable', 'down for the test'));
      const insights = await adapter.getInsights('weekly-sync');
      const summary = insights.find((insight) => insight.type === 'summary')!.text!;
      const actions = insights.find((insight) => insight.type === 'action-items')!.items!;
      const points = insights.find((insight) => insight.type === 'key-points')!.items!;
      await titleLoaded(dialog);
      await openOptions(dialog);
      for (const label of ['Summary', 'Key points', 'Other insights']) await toggleSection(dialog, label);
      const downloads = captureDownloads(dialog);
      const ready = oneEvent(dialog, 'harmony-pdf-ready') as Promise<HarmonyPdfReadyEvent>;
      part(dialog, 'pdf-button')!.click();
      expect((await ready).detail.source).to.equal('client');
      expect(asked).to.deep.equal([{ sections: ['action-items'], locale: 'fr' }]);
      await waitUntil(() => downloads.length === 1, 'no download', { timeout: 10000 });
      const pdf = await readPdf(downloads[0]!.blob);
      expect(pdf.text).to.contain('Weekly sync: Q3 launch readiness');
      for (const item of actions) expect(pdf.text).to.contain(item.text);
      expect(pdf.text).not.to.contain(summary);
      for (const item of points) expect(pdf.text).not.to.contain(item.text);
      expect(pdf.text).not.to.contain('Let us start with the launch date.');
    });
  });
});
