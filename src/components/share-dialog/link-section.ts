import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { HarmonyAdapter, ShareLinkExpiryDays } from '../../adapter/types.js';
import type { AnnouncerController } from '../../controllers/announcer.js';
import { copyShortcut } from '../../controllers/clipboard.js';
import type { HarmonyStrings } from '../../i18n/strings.js';
import { AccessCheckController } from './access-check.js';
import { LinkAudienceController } from './link-audience.js';
import { accessCheckTemplate, audienceTemplate } from './link-audience.templates.js';
import { expiryDate, expiryPickerTemplate } from './link-expiry.templates.js';
import type { ShareActionsController } from './share-actions.js';
import { linkFieldTemplate, revokedTemplate } from './share-dialog.templates.js';

type LinkHost = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export interface LinkSectionContext {
  actions: ShareActionsController;
  announcer: AnnouncerController;
  strings(): HarmonyStrings;
  /** Whether the conversation can be shared now (loaded and completed). */
  canShare(): boolean;
  canRevoke(): boolean;
  adapter(): HarmonyAdapter | undefined;
  conversationId(): string | undefined;
  /** The element's language, for the expiry date. */
  locale(): string | undefined;
  /** The panel is open: who can open the link is asked only then, and again on each opening. */
  shown(): boolean;
}

/**
 * The Shareable Link section: choosing how long the link lasts, generating the one link of the panel,
 * copying it, saying who can open it (and checking a teammate), and revoking it behind a "Revoke this
 * link?" confirmation, with focus moved to where the user's next step is.
 */
export class LinkSectionController implements ReactiveController {
  /** "Revoke this link?" is open: the top-most thing Escape closes. */
  confirmingRevoke = false;
  /** The lifetime the next link is made with; until revoked when undefined. */
  expiresInDays?: ShareLinkExpiryDays;
  private readonly audience: LinkAudienceController;
  private readonly check: AccessCheckController;

  constructor(
    private readonly host: LinkHost,
    private readonly context: LinkSectionContext,
  ) {
    host.addController(this);
    this.audience = new LinkAudienceController(host, {
      adapter: context.adapter,
      conversationId: context.conversationId,
      wanted: () => context.shown() && !!context.actions.currentLink,
    });
    this.check = new AccessCheckController(host, {
      adapter: context.adapter,
      conversationId: context.conversationId,
      announcer: context.announcer,
      strings: context.strings,
    });
  }

  /** Closes the confirmation; true when there was one, so Escape has done its job. */
  dismissTopMost(): boolean {
    if (!this.confirmingRevoke) return false;
    void this.cancelRevoke();
    return true;
  }

  /**
   * The panel closed, shows another conversation or talks to another backend: forgets an open
   * confirmation and the chosen expiry, and stops asking who can open the link.
   */
  reset(): void {
    this.confirmingRevoke = false;
    this.expiresInDays = undefined;
    this.audience.reset();
    this.check.reset();
  }

  /** A dialog taken out of the page closes with it: nothing is left to confirm. */
  hostDisconnected(): void {
    this.reset();
  }

  async generate(): Promise<void> {
    const { actions, announcer } = this.context;
    if (!this.context.canShare() || actions.link.pending || actions.revoke.pending) return;
    const t = this.context.strings();
    // One link per panel: it stays revocable here. A second click leads back to it instead of
    // minting another live link the panel could no longer revoke.
    if (!actions.currentLink) {
      this.setConfirming(false);
      announcer.say(t.generatingLink);
      await actions.generateLink({ expiresInDays: this.expiresInDays });
    }
    if (actions.currentLink) {
      announcer.say(t.linkReady);
      await this.focusPart('link-field');
    }
  }

  template(): TemplateResult | typeof nothing {
    const { actions } = this.context;
    const t = this.context.strings();
    const link = actions.currentLink;
    if (!link) {
      const picker = expiryPickerTemplate({
        strings: t,
        days: this.expiresInDays,
        onChange: (days) => (this.expiresInDays = days),
      });
      return html`${picker}${actions.revoked ? revokedTemplate(t, () => void this.generate()) : nothing}`;
    }
    return linkFieldTemplate({
      link,
      expires: expiryDate(link.expiresAt, this.context.locale()),
      audience: audienceTemplate({
        strings: t,
        supported: this.audience.supported,
        state: this.audience.state,
        expanded: this.audience.expanded,
        onToggle: () => this.audience.toggle(),
        onRetry: () => void this.retryAudience(),
      }),
      check: this.check.supported
        ? accessCheckTemplate({
            strings: t,
            query: this.check.query,
            view: this.check.view,
            onInput: (value) => this.check.input(value),
            onSubmit: () => this.check.submit(),
          })
        : nothing,
      copy: actions.copy,
      strings: t,
      shortcut: copyShortcut(),
      canRevoke: this.context.canRevoke(),
      confirmingRevoke: this.confirmingRevoke,
      revoking: actions.revoke.pending,
      onCopy: () => void this.copy(),
      onRevoke: () => void this.askRevoke(),
      onConfirmRevoke: () => void this.confirmRevoke(),
      onCancelRevoke: () => void this.cancelRevoke(),
    });
  }

  /** Try again removes itself while it asks: focus waits on the sentence, which then says the answer. */
  private async retryAudience(): Promise<void> {
    const asking = this.audience.fetch();
    await this.focusPart('link-audience');
    await asking;
    await this.host.updateComplete;
    const sentence = this.host.renderRoot.querySelector('#link-audience')?.textContent?.trim();
    if (sentence) this.context.announcer.say(sentence);
  }

  private async copy(): Promise<void> {
    const field = this.host.renderRoot.querySelector<HTMLInputElement>('#link-field');
    if (!field) return;
    const { actions, announcer } = this.context;
    const t = this.context.strings();
    await actions.copyLink(field);
    announcer.say(actions.copy === 'failed' ? t.pressToCopy(copyShortcut()) : t.copied);
  }

  private async askRevoke(): Promise<void> {
    this.setConfirming(true);
    await this.focusPart('revoke-cancel-button');
  }

  private async cancelRevoke(): Promise<void> {
    this.setConfirming(false);
    await this.focusPart('revoke-button');
  }

  private async confirmRevoke(): Promise<void> {
    if (!(await this.context.actions.revokeLink())) return;
    this.setConfirming(false);
    this.context.announcer.say(this.context.strings().linkRevoked);
    await this.focusPart('new-link-button');
  }

  private setConfirming(on: boolean): void {
    this.confirmingRevoke = on;
    this.host.requestUpdate();
  }

  /** Moves focus to a part once it is rendered: where the user's next step is after an action. */
  private async focusPart(name: string): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`[part~="${name}"]`)?.focus();
  }
}
