import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { HarmonyShareDialog } from '../../src/components/share-dialog/share-dialog.js';
import { samplePeople } from '../fixtures/sample-conversations.js';
import {
  announced,
  checkMark,
  checkResult,
  generateLink,
  spyOn,
  withPeople,
} from './support/link-harness.js';
import { mountShareDialog, part } from './support/share-dialog-harness.js';

const field = (dialog: HarmonyShareDialog) => part<HTMLInputElement>(dialog, 'access-check-field')!;

/** Puts `value` in the field as typing or pasting does: one input event. */
function enter(dialog: HarmonyShareDialog, value: string): void {
  const input = field(dialog);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

async function answerFor(dialog: HarmonyShareDialog, who: string): Promise<string> {
  field(dialog).focus();
  await sendKeys({ type: who });
  await waitUntil(
    () => checkResult(dialog) !== '' && !checkResult(dialog).startsWith('Checking'),
    `no answer for ${who}`,
  );
  return checkResult(dialog);
}

/** An open dialog with a link, whose backend never answers a check (each one is recorded). */
async function withUnansweredChecks() {
  const { dialog, adapter } = await mountShareDialog({
    open: false,
    adapter: { people: samplePeople(), latency: { checkShareAccess: 60_000 } },
  });
  const calls = spyOn(adapter, 'checkShareAccess');
  dialog.show();
  await generateLink(dialog);
  return { dialog, calls };
}

describe('<harmony-share-dialog> check who can open it', () => {
  describe('accessibility', () => {
    it('is a labelled field described by its answer, and passes axe with an answer shown', async () => {
      const { dialog } = await mountShareDialog({ adapter: withPeople });
      await generateLink(dialog);
      const input = field(dialog);
      expect(dialog.shadowRoot!.querySelector(`label[for="${input.id}"]`)!.textContent).to.equal(
        'Check who can open it',
      );
      expect(input.maxLength).to.equal(200);
      expect(input.getAttribute('aria-describedby')).to.equal(part(dialog, 'access-check-result')!.id);
      await answerFor(dialog, 'dee');
      await expect(dialog).to.be.accessible();
    });

    it('announces an answer once, in the one status region', async () => {
      const { dialog } = await mountShareDialog({ adapter: withPeople });
      await generateLink(dialog);
      const answer = await answerFor(dialog, 'ben');
      await waitUntil(() => announced(dialog) === answer, 'the answer was not announced');
      expect(dialog.shadowRoot!.querySelectorAll('[role="status"]')).to.have.length(1);
      // The line beside the field is not a live region of its own: the answer is heard once.
      const line = part(dialog, 'access-check-result')!;
      expect(line.closest('[aria-live], [role="status"], [role="alert"]')).to.equal(null);
    });
  });

  describe('answers', () => {
    it('someone who can: the name and the reason', async () => {
      const { dialog } = await mountShareDialog({ adapter: withPeople });
      await generateLink(dialog);
      expect(await answerFor(dialog, 'ben')).to.equal('Ben Okafor can open it (team Sales).');
      expect(checkMark(dialog)).to.equal('✓');
    });

    it("someone who can't: why, and who can change it", async () => {
      const { dialog } = await mountShareDialog({ adapter: withPeople });
      await generateLink(dialog);
      expect(await answerFor(dialog, 'dee')).to.equal(
        "Dee Mensah can't open it: their role reads only their teams' conversations. An admin can change that under Settings → Roles.",
      );
      expect(checkMark(dialog)).to.equal('✗');
      enter(dialog, 'eli@harmony.example');
      await waitUntil(() => checkResult(dialog).includes('Eli Novak'));
      expect(checkResult(dialog)).to.contain('their role reads only their own conversations');
    });

    it('someone nobody knows: a plain answer, not an error', async () => {
      const { dialog } = await mountShareDialog({ adapter: withPeople });
      const errors: Event[] = [];
      dialog.addEventListener('harmony-error', (event) => errors.push(event));
      await generateLink(dialog);
      expect(await answerFor(dialog, 'Zed Nobody')).to.equal(
        'Nobody in this workspace matches "Zed Nobody", so no one by that name can open it.',
      );
      expect(checkMark(dialog)).to.equal('');
      expect(dialog.shadowRoot!.querySelector('[role="alert"]')!.textContent!.trim()).to.equal('');
      expect(errors).to.have.length(0);
    });

    it('a failed check says so beside the field and keeps what was typed', async () => {
      const { dialog, adapter } = await mountShareDialog({ adapter: withPeople });
      await generateLink(dialog);
      adapter.failNext('checkShareAccess', 'network');
      expect(await answerFor(dialog, 'ben')).to.equal(
        "Couldn't check who can open it. Couldn't reach Harmony. Check your connection.",
      );
      expect(field(dialog).value).to.equal('ben');
      expect(part<HTMLInputElement>(dialog, 'link-field')!.value).to.match(/^https:/);
      await waitUntil(() => announced(dialog).startsWith("Couldn't check"));
      // Enter asks again at once.
      field(dialog).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => checkResult(dialog).startsWith('Ben Okafor can open it'));
    });
  });

  describe('requests', () => {
    it('one request per pause in typing; a new query aborts the one in flight', async () => {
      const { dialog, calls } = await withUnansweredChecks();
      for (const value of ['b', 'be', 'ben']) enter(dialog, value);
      await waitUntil(() => calls.length === 1, 'the check was never sent');
      expect(calls[0]!.args[1]).to.equal('ben');
      expect(checkResult(dialog)).to.equal('Checking ben…');
      enter(dialog, 'dee');
      expect(calls[0]!.signal!.aborted).to.equal(true);
      await waitUntil(() => calls.length === 2);
      expect(calls[1]!.args[1]).to.equal('dee');
      expect(calls[1]!.signal!.aborted).to.equal(false);
    });

    it('sends nothing for an empty or blank field, and answers a too-long one without asking', async () => {
      const { dialog, adapter } = await mountShareDialog({ adapter: withPeople });
      await generateLink(dialog);
      for (const value of ['', '   ', '\t']) enter(dialog, value);
      field(dialog).focus();
      await sendKeys({ press: 'Enter' });
      enter(dialog, 'x'.repeat(10_000));
      await sendKeys({ press: 'Enter' });
      await dialog.updateComplete;
      expect(checkResult(dialog)).to.equal('Type a name or an email of at most 200 characters.');
      // Typing and pasting stop at the limit; only a script can put more in the field.
      expect(field(dialog).maxLength).to.equal(200);
      enter(dialog, 'ben');
      await waitUntil(() => checkMark(dialog) === '✓');
      expect(adapter.calls.filter((call) => call.method === 'checkShareAccess')).to.have.length(1);
    });

    it('closing the dialog aborts a check and forgets it', async () => {
      const { dialog, calls } = await withUnansweredChecks();
      enter(dialog, 'ben');
      field(dialog).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => calls.length === 1);
      part(dialog, 'done-button')!.click();
      await waitUntil(() => calls[0]!.signal!.aborted, 'closing did not abort');
      dialog.show();
      await waitUntil(() => part(dialog, 'access-check-field'));
      expect(field(dialog).value).to.equal('');
      expect(checkResult(dialog)).to.equal('');
    });
  });
});
