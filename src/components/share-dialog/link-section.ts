import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { AnnouncerController } from '../../controllers/announcer.js';
import { copyShortcut } from '../../controllers/clipboard.js';
import type { HarmonyStrings } from '../../i18n/strings.js';
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
}

/**
 * The Shareable Link section: generating the one link of the panel, copying it, and revoking it behind
 * a "Revoke this link?" confirmation, with focus moved to where the user's next step is.
 */
export class LinkSectionController implements ReactiveController {
  /** "Revoke this link?" is open: the top-most thing Escape closes. */
  confirmingRevoke = false;

  constructor(
    private readonly host: LinkHost,
    private readonly context: LinkSectionContext,
  ) {
    host.addController(this);
  }

  /** Closes the confirmation; true when there was one, so Escape has done its job. */
  dismissTopMost(): boolean {
    if (!this.confirmingRevoke) return false;
    void this.cancelRevoke();
    return true;
  }

  /** Forgets an open confirmation (the panel closed or shows another conversation). */
  reset(): void {
    this.confirmingRevoke = false;
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
      await actions.generateLink();
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
    if (!link) return actions.revoked ? revokedTemplate(t, () => void this.generate()) : nothing;
    return linkFieldTemplate({
      link,
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
