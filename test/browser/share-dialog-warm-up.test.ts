import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { IDLE_DEADLINE } from './support/idle.js';
import { focused, mountShareDialog, part } from './support/share-dialog-harness.js';

// At idle a closed dialog renders its panel and lays it out once, unseen, so its first open is quick.
// The page must see nothing of it: no open dialog, no style left behind, nothing focusable or announced.

describe('<harmony-share-dialog> warmed up at idle', () => {
  it('leaves the closed panel as it was: not open, not shown, no style or attribute left, nothing focused', async () => {
    const { dialog, opener } = await mountShareDialog({ open: false });
    opener.focus();
    const native = () => dialog.shadowRoot!.querySelector('dialog');
    await waitUntil(() => native() !== null, 'the panel never rendered closed', IDLE_DEADLINE);
    expect(native()!.open).to.equal(false);
    expect(native()!.getAttribute('style')).to.equal(null);
    expect(native()!.hasAttribute('data-warming')).to.equal(false);
    expect(native()!.checkVisibility()).to.equal(false);
    expect(document.activeElement).to.equal(opener);
    await expect(dialog).to.be.accessible();
  });

  it('then opens with focus inside, and closes back to its opener', async () => {
    const { dialog, opener } = await mountShareDialog({ open: false });
    await waitUntil(
      () => dialog.shadowRoot!.querySelector('dialog') !== null,
      'never rendered',
      IDLE_DEADLINE,
    );
    const opened = oneEvent(dialog, 'harmony-after-open');
    opener.click();
    await opened;
    expect(part<HTMLDialogElement>(dialog, 'dialog')?.open).to.equal(true);
    expect(focused(dialog)).to.not.equal(null);
    const closed = oneEvent(dialog, 'harmony-after-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(document.activeElement).to.equal(opener);
  });
});
