import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HarmonyError } from '../../adapter/errors.js';
import type { HarmonyAdapter, ReportSection, ShareLink, ShareLinkOptions } from '../../adapter/types.js';
import { isSafeNavigableUrl } from '../../adapter/url-policy.js';
import { AsyncActionController } from '../../controllers/async-action.js';
import { copyText, type CopyOutcome } from '../../controllers/clipboard.js';
import { saveFile, type SavedFile } from '../../controllers/download.js';
import { HarmonyErrorEvent, type HarmonyAction } from '../../events/error-event.js';
import {
  HarmonyLinkCopiedEvent,
  HarmonyLinkCreatedEvent,
  HarmonyLinkRevokedEvent,
  HarmonyPdfReadyEvent,
  HarmonyPdfStartEvent,
} from '../../events/action-events.js';
import { produceReport, type ProducedReport } from './report-flow.js';

type ActionHost = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export interface ShareActionsContext {
  adapter(): HarmonyAdapter | undefined;
  conversationId(): string | undefined;
  /** The origin http: share links may use (the API's, for local development). */
  apiOrigin(): string | undefined;
  locale(): string | undefined;
  /** The parts of the report to make; every part when undefined, nothing at all when empty. */
  sections?(): readonly ReportSection[] | undefined;
}

const COPIED_FOR_MS = 2000;

/**
 * The Share panel's actions — Share PDF, Generate Link, Copy, Revoke — with
 * their pending states, events and errors. Each action runs once per click and
 * is aborted when the panel closes or shows another conversation.
 */
export class ShareActionsController implements ReactiveController {
  readonly pdf: AsyncActionController<ProducedReport & { saved: SavedFile }>;
  readonly link: AsyncActionController<ShareLink>;
  readonly revoke: AsyncActionController<void>;
  copy: CopyOutcome | 'idle' = 'idle';
  /** The action whose failure is on screen, so "Try again" knows what to re-run. */
  failedAction?: HarmonyAction;
  private copiedTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ActionHost,
    private readonly context: ShareActionsContext,
  ) {
    host.addController(this);
    this.pdf = new AsyncActionController(host);
    this.link = new AsyncActionController(host);
    this.revoke = new AsyncActionController(host);
  }

  get error(): HarmonyError | undefined {
    const action = this.failedAction;
    const state = action === 'pdf' ? this.pdf.state : action === 'link' ? this.link.state : this.revoke.state;
    return action && state.status === 'error' ? state.error : undefined;
  }

  /** The link on screen: kept through failures (of any action) until revoked or another conversation shows. */
  currentLink?: ShareLink;

  async sharePdf(): Promise<void> {
    const adapter = this.requireAdapter('pdf');
    const id = this.context.conversationId();
    const sections = this.context.sections?.();
    // A report of nothing is never made: the dialog says why Share PDF is unavailable instead.
    if (!adapter || !id || this.pdf.pending || sections?.length === 0) return;
    this.failedAction = undefined;
    this.host.dispatchEvent(new HarmonyPdfStartEvent(id));
    const result = await this.pdf.run(async (signal) => {
      const report = await produceReport(adapter, id, { signal, locale: this.context.locale(), sections });
      return { ...report, saved: saveFile(report.blob, report.filename, this.host.renderRoot as Node) };
    });
    if (result) {
      this.host.dispatchEvent(
        new HarmonyPdfReadyEvent({ conversationId: id, source: result.source, filename: result.filename }),
      );
    } else this.reportFailure('pdf', this.pdf.state);
  }

  /** The options of the last attempt, so "Try again" makes the same link. */
  private linkOptions: Pick<ShareLinkOptions, 'expiresInDays'> = {};

  async generateLink(options: Pick<ShareLinkOptions, 'expiresInDays'> = this.linkOptions): Promise<void> {
    const adapter = this.requireAdapter('link');
    const id = this.context.conversationId();
    if (!adapter || !id || this.link.pending) return;
    this.failedAction = undefined;
    this.linkOptions = options;
    // Without an expiry the adapter is asked as before: one that knows no expiry never sees the option.
    const { expiresInDays } = options;
    const link = await this.link.run(async (signal) => {
      const created = await adapter.createShareLink(
        id,
        expiresInDays === undefined ? { signal } : { expiresInDays, signal },
      );
      // A link is shown, copied and opened: never one a compromised backend could turn into script.
      if (!isSafeNavigableUrl(created.url, this.context.apiOrigin())) {
        throw new HarmonyError(
          'invalid-response',
          'The backend returned a share link that is not a safe URL.',
        );
      }
      return created;
    });
    if (link) {
      this.currentLink = link;
      // A new link replaces the "revoked" line about the old one.
      if (!this.revoke.pending) this.revoke.reset();
      this.copy = 'idle';
      this.host.requestUpdate();
      this.host.dispatchEvent(new HarmonyLinkCreatedEvent(id, link));
    } else this.reportFailure('link', this.link.state);
  }

  async copyLink(field: HTMLInputElement): Promise<void> {
    const link = this.currentLink;
    if (!link) return;
    clearTimeout(this.copiedTimer);
    this.copy = await copyText(link.url, field);
    this.host.requestUpdate();
    if (this.copy === 'failed') {
      // The field is left selected for Ctrl/⌘+C; the host still hears that the copy did not happen.
      const message = 'Neither the Clipboard API nor a selection copy worked here.';
      this.host.dispatchEvent(new HarmonyErrorEvent({ code: 'unsupported', action: 'copy', message }));
      return;
    }
    this.host.dispatchEvent(new HarmonyLinkCopiedEvent(link.url, this.copy));
    this.copiedTimer = setTimeout(() => {
      this.copy = 'idle';
      this.host.requestUpdate();
    }, COPIED_FOR_MS);
  }

  async revokeLink(): Promise<boolean> {
    const adapter = this.context.adapter();
    const id = this.context.conversationId();
    const link = this.currentLink;
    if (!adapter?.revokeShareLink || !id || !link) return false;
    const revokeShareLink = adapter.revokeShareLink.bind(adapter);
    this.failedAction = undefined;
    await this.revoke.run((signal) => revokeShareLink(id, link.id, { signal }));
    if (this.revoke.state.status === 'done') {
      if (this.currentLink?.id === link.id) this.currentLink = undefined;
      this.host.requestUpdate();
      this.host.dispatchEvent(new HarmonyLinkRevokedEvent(id, link.id));
      return true;
    }
    this.reportFailure('revoke', this.revoke.state);
    return false;
  }

  /** The link on screen was revoked and no new one made since: the panel says so. */
  get revoked(): boolean {
    return this.revoke.state.status === 'done' && !this.currentLink;
  }

  retry(): Promise<unknown> | undefined {
    if (this.failedAction === 'pdf') return this.sharePdf();
    if (this.failedAction === 'link') return this.generateLink();
    if (this.failedAction === 'revoke') return this.revokeLink();
    return undefined;
  }

  /**
   * Closing the panel: stop what is running and forget failures and the last PDF (its object URL
   * expires); a generated link stays for the next open, so it can still be copied or revoked.
   */
  abortRunning(): void {
    this.pdf.reset();
    if (this.link.pending || this.link.state.status === 'error') this.link.reset();
    this.revoke.reset();
    this.failedAction = undefined;
  }

  /** Another conversation: nothing of the previous one may show. */
  resetAll(): void {
    this.pdf.reset();
    this.link.reset();
    this.revoke.reset();
    this.currentLink = undefined;
    this.copy = 'idle';
    this.failedAction = undefined;
  }

  hostDisconnected(): void {
    clearTimeout(this.copiedTimer);
  }

  private requireAdapter(action: HarmonyAction): HarmonyAdapter | undefined {
    const adapter = this.context.adapter();
    if (!adapter) {
      this.host.dispatchEvent(
        new HarmonyErrorEvent({ code: 'unsupported', action, message: 'No adapter is configured.' }),
      );
    }
    return adapter;
  }

  private reportFailure(action: HarmonyAction, state: { status: string; error?: HarmonyError }): void {
    if (state.status !== 'error' || !state.error) return;
    this.failedAction = action;
    const { code, message } = state.error;
    this.host.dispatchEvent(new HarmonyErrorEvent({ code, action, message }));
    this.host.requestUpdate();
  }
}
