import { html, nothing, type PropertyValues } from 'lit';
import { pageHttpOrigin } from '../../adapter/url-policy.js';
import { errorTemplate } from '../../base/error-message.js';
import { AnnouncerController } from '../../controllers/announcer.js';
import { RetryCountdownController } from '../../controllers/retry-countdown.js';
import { HarmonyAfterOpenEvent, HarmonyOpenEvent } from '../../events/surface-events.js';
import type { ViewShell } from '../../base/lazy-view.js';
import { closeIcon } from '../../styles/panel-icons.js';
import { DialogClosing } from './dialog-closing.js';
import { warmLayout } from '../../base/warm-layout.js';
import { LinkSectionController } from './link-section.js';
import { PdfOptionsController } from './pdf-options.js';
import { ShareActionsController } from './share-actions.js';
import type { HarmonyShareDialog } from './share-dialog.js';
import { styles } from './share-dialog.styles.js';
import { actionsTemplate, gateReason, pdfResultTemplate } from './share-dialog.templates.js';
import { addEnglish } from '../../i18n/english/loaded.js';
import { surfaceWords } from '../../i18n/english/surfaces.js';

export { styles };

/** What the element lends its view: its state, and the parts of its lifecycle the view may not own. */
export interface ShareDialogShell extends ViewShell<HarmonyShareDialog> {
  /** The element's language, for dates and the report. */
  locale(): string | undefined;
  /** What `show()` was opened from before the panel existed, handed over once: focus goes back there. */
  takeOpener(): HTMLElement | undefined;
}

/**
 * Everything inside the share dialog: the panel, its actions and the backend work behind them. It loads
 * when the dialog first opens, or earlier on a user's intent, so a page that never shares does not pay
 * for it.
 */
export class ShareDialogView {
  private readonly actions: ShareActionsController;
  private readonly announcer: AnnouncerController;
  private readonly countdown: RetryCountdownController;
  private readonly linkSection: LinkSectionController;
  private readonly pdfOptions: PdfOptionsController;
  readonly closing: DialogClosing;
  /** Whether the panel has been laid out: opened, or warmed up while closed. */
  private laidOut = false;

  constructor(private readonly shell: ShareDialogShell) {
    // The words of what opens arrive with it; the trigger's own words were there from the start.
    addEnglish(surfaceWords);
    const { host } = shell;
    this.closing = new DialogClosing(host);
    this.closing.returnFocusTo(shell.takeOpener());
    this.actions = new ShareActionsController(host, {
      adapter: () => shell.adapter(),
      conversationId: () => host.conversationId,
      apiOrigin: () => host.apiOrigin ?? pageHttpOrigin(),
      locale: () => shell.locale(),
      sections: () => this.pdfOptions.sections,
    });
    this.pdfOptions = new PdfOptionsController(host, {
      strings: () => shell.strings(),
      locale: () => shell.locale(),
      announce: (message) => this.announcer.say(message),
    });
    this.announcer = new AnnouncerController(host);
    this.countdown = new RetryCountdownController(host);
    this.linkSection = new LinkSectionController(host, {
      actions: this.actions,
      announcer: this.announcer,
      strings: () => shell.strings(),
      canShare: () => this.canShare,
      canRevoke: () => !!shell.adapter()?.revokeShareLink,
      adapter: () => shell.adapter(),
      conversationId: () => host.conversationId,
      locale: () => shell.locale(),
      shown: () => host.open,
    });
  }

  private get dialog(): HTMLDialogElement | null {
    return this.shell.host.renderRoot.querySelector('dialog');
  }

  willUpdate(changed: PropertyValues<HarmonyShareDialog>): void {
    const { host } = this.shell;
    if (changed.has('conversationId') && changed.get('conversationId') !== undefined) {
      this.actions.resetAll();
      this.linkSection.reset();
    }
    const opening = changed.has('open') && host.open;
    // A closed dialog asks nothing of the backend; opening again after a failed load retries it.
    if (host.open && (opening || changed.has('conversationId'))) {
      this.shell.loader.load(host.conversationId, opening && !!this.shell.loader.error);
    }
    if (changed.has('open') && !host.open && changed.get('open')) {
      this.shell.loader.unwatch();
      this.actions.abortRunning();
      this.linkSection.reset();
      this.announcer.clear();
    }
  }

  /** Nothing the previous backend said may show, nor may it finish what it was doing. */
  adapterReplaced(): void {
    this.actions.resetAll();
    this.linkSection.reset();
    this.announcer.clear();
    if (this.shell.host.open) this.shell.loader.load(this.shell.host.conversationId, true);
    else this.shell.loader.reset();
  }

  updated(changed: PropertyValues<HarmonyShareDialog>): void {
    const dialog = this.dialog!;
    if (changed.has('open')) {
      if (this.shell.host.open) void this.openDialog(dialog);
      else if (changed.get('open')) {
        if (dialog.open) dialog.close();
        this.closing.closed();
      }
    }
    this.syncStates();
    // Rendered closed ahead of its first open (the warm-up at idle): laid out once, unseen, too.
    if (!this.laidOut && !this.shell.host.open) warmLayout(dialog);
    this.laidOut = true;
  }

  private async openDialog(dialog: HTMLDialogElement): Promise<void> {
    if (dialog.open) return;
    const { host } = this.shell;
    host.dispatchEvent(new HarmonyOpenEvent());
    dialog.showModal();
    this.shell.loader.watch();
    // "After open" means settled: the entrance animation (none with reduced motion) has finished.
    await Promise.allSettled(dialog.getAnimations().map((animation) => animation.finished));
    if (host.open) host.dispatchEvent(new HarmonyAfterOpenEvent());
  }

  private syncStates(): void {
    const states = this.shell.internals.states;
    const toggle = (name: string, on: boolean) => (on ? states.add(name) : states.delete(name));
    toggle('pending', this.actions.pdf.pending || this.actions.link.pending || this.actions.revoke.pending);
    toggle('copied', this.actions.copy === 'clipboard' || this.actions.copy === 'selection');
    toggle('error', !!(this.actions.error ?? this.shell.loader.error));
  }

  /** Escape arrives as `cancel`; only the dialog's own, not one bubbling from a nested dialog. */
  private readonly onCancel = (event: Event): void => {
    if (event.target !== this.dialog) return;
    event.preventDefault();
    this.closing.request('escape');
  };

  /**
   * Escape closes only the top-most thing: an open "Revoke this link?" first, then this dialog, never
   * a host's dialog around it. Handled on keydown, whose prevented default keeps the browser from
   * sending a close request: Chromium groups modal dialogs opened without a user action in between
   * and closes the whole group on one Escape (https://html.spec.whatwg.org/#close-watcher-infrastructure).
   */
  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
    event.preventDefault();
    event.stopPropagation();
    if (!this.linkSection.dismissTopMost()) this.closing.request('escape');
  };

  /** The browser may close the dialog on its own (e.g. a second Escape); keep `open` in step. */
  private readonly onNativeClose = (event: Event): void => {
    const dialog = this.dialog;
    // `close` is queued as a task: after hide() then show() it can arrive when the dialog is open again.
    if (event.target !== dialog || !this.shell.host.open || dialog?.open) return;
    this.closing.closedByBrowser();
  };

  private async onSharePdf(): Promise<void> {
    if (!this.canShare || this.actions.pdf.pending || !this.pdfOptions.ready) return;
    const t = this.shell.strings();
    this.announcer.say(t.generatingPdf);
    await this.actions.sharePdf();
    const state = this.actions.pdf.state;
    if (state.status === 'done') this.announcer.say(t.pdfReady(state.value.filename));
  }

  private get canShare(): boolean {
    return this.shell.loader.conversation?.status === 'completed';
  }

  render() {
    const t = this.shell.strings();
    const { host } = this.shell;
    const { conversation, loading } = this.shell.loader;
    const title = conversation
      ? t.shareTitle(conversation.title.trim() || t.untitled)
      : this.shell.loader.error
        ? t.loadFailed
        : t.loading;
    const gate = gateReason(conversation, t);
    const pdf = this.actions.pdf;
    const loadError = conversation ? undefined : this.shell.loader.error;
    const error = this.actions.error ?? loadError;
    const retry = this.actions.error
      ? () => void this.actions.retry()
      : () => this.shell.loader.load(host.conversationId, true);
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      aria-describedby="description"
      @cancel=${this.onCancel}
      @keydown=${this.onKeydown}
      @close=${this.onNativeClose}
    >
      <div class="panel" part="panel" aria-busy=${loading ? 'true' : 'false'}>
        <div class="header" part="header">
          <h2 id="title" part="title" title=${title}>${title}</h2>
          <button
            class="icon-button"
            part="close-button"
            type="button"
            aria-label=${t.close}
            @click=${() => this.closing.request('close-button')}
          >
            ${closeIcon}
          </button>
        </div>
        <p id="description" part="description">${t.shareDescription}</p>
        ${gate ? html`<p id="gate" class="notice" part="notice">${gate}</p>` : nothing}
        ${actionsTemplate({
          strings: t,
          gated: !!gate,
          disabled: !this.canShare,
          pdfPending: pdf.pending,
          pdfReason: this.pdfOptions.reasonId,
          linkPending: this.actions.link.pending,
          revokePending: this.actions.revoke.pending,
          onSharePdf: () => void this.onSharePdf(),
          onGenerateLink: () => void this.linkSection.generate(),
        })}
        ${this.pdfOptions.template()}
        ${pdf.state.status === 'done' ? pdfResultTemplate(pdf.state.value, t) : nothing}
        ${this.linkSection.template()}
        <div class="error" part="error" role="alert">
          ${errorTemplate(error, t, error ? retry : undefined, this.countdown.secondsLeft(error))}
        </div>
        <div class="visually-hidden" role="status">${this.announcer.message}</div>
        <div class="footer" part="footer">
          <button
            class="button"
            part="done-button"
            type="button"
            @click=${() => this.closing.request('done-button')}
          >
            ${t.done}
          </button>
        </div>
      </div>
    </dialog>`;
  }
}
