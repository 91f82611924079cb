import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import '../../src/components/companion-launcher/define.js';
import '../../src/components/share-dialog/define.js';
import type { HarmonyShareDialog } from '../../src/components/share-dialog/share-dialog.js';
import { registerLocale } from '../../src/i18n/locales.js';
import '../../src/locales/de.js';
import '../../src/locales/ja.js';
import { sampleConversations } from '../fixtures/sample-conversations.js';
import { openDialogIn, part, text } from './support/share-dialog-harness.js';
import { nameOf } from './support/overflow-menu-harness.js';

const TITLE = 'Weekly sync: Q3 launch readiness';

const closeName = (dialog: HarmonyShareDialog) => part(dialog, 'close-button')!.getAttribute('aria-label');

describe('locales: the words follow the element’s language', () => {
  describe('accessibility', () => {
    it('names the dialog in German, and is accessible', async () => {
      const dialog = await openDialogIn((d) => html`<section lang="de">${d}</section>`);
      expect(await nameOf(part(dialog, 'dialog')!)).to.equal(`Teilen: „${TITLE}“`);
      await expect(dialog).to.be.accessible();
    });

    it('names the dialog in Japanese, and is accessible', async () => {
      const dialog = await openDialogIn((d) => html`<section lang="ja">${d}</section>`);
      expect(await nameOf(part(dialog, 'dialog')!)).to.equal(`共有：「${TITLE}」`);
      await expect(dialog).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('names the Companion launcher in Japanese, and asks Companion in Japanese', async () => {
      const adapter = new MemoryAdapter({ conversations: sampleConversations() });
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="ja">
          <harmony-companion-launcher
            conversation-id="weekly-sync"
            .adapter=${adapter}
            @harmony-companion-open=${(event: Event) => event.preventDefault()}
          ></harmony-companion-launcher>
        </div>`,
      );
      const launcher = wrapper.querySelector('harmony-companion-launcher')!;
      const button = launcher.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
      expect(await nameOf(button)).to.equal('Companion と話し合う');
      await waitUntil(() => button.getAttribute('aria-disabled') === 'false', 'never available');
      const request = oneEvent(launcher, 'harmony-companion-request');
      button.click();
      expect((await request).detail.suggestion).to.equal('この会議を要約してください…');
    });

    it('speaks German with lang="de" on an ancestor: title, buttons and close', async () => {
      const dialog = await openDialogIn((d) => html`<section lang="de">${d}</section>`);
      expect(text(dialog, 'title')).to.equal(`Teilen: „${TITLE}“`);
      expect(text(dialog, 'pdf-button')).to.equal('PDF teilen');
      expect(text(dialog, 'link-button')).to.equal('Link zum Teilen erstellen');
      expect(text(dialog, 'done-button')).to.equal('Fertig');
      expect(closeName(dialog)).to.equal('Schließen');
    });

    it('says an error, its next step and Try again in German', async () => {
      const dialog = await openDialogIn((d) => html`<section lang="de">${d}</section>`, {
        failures: { getConversation: 'unavailable' },
      });
      expect(text(dialog, 'title')).to.equal('Dieses Gespräch konnte nicht geladen werden');
      expect(text(dialog, 'error')).to.contain('Harmony ist vorübergehend nicht verfügbar.');
      expect(text(dialog, 'error')).to.contain('Versuchen Sie es gleich noch einmal.');
      expect(text(dialog, 'retry-button')).to.equal('Erneut versuchen');
    });

    it('follows lang set on the element itself over its ancestor’s, at once', async () => {
      const dialog = await openDialogIn((d) => html`<section lang="ja">${d}</section>`);
      expect(text(dialog, 'done-button')).to.equal('完了');
      dialog.setAttribute('lang', 'de');
      await waitUntil(() => text(dialog, 'done-button') === 'Fertig', 'the element’s own lang was ignored');
      expect(text(dialog, 'title')).to.equal(`Teilen: „${TITLE}“`);
    });

    it('uses German for de-AT, a region the locale does not name', async () => {
      const dialog = await openDialogIn((d) => html`<section lang="de-AT">${d}</section>`);
      expect(text(dialog, 'done-button')).to.equal('Fertig');
    });

    it('speaks English for a language with no locale', async () => {
      const dialog = await openDialogIn((d) => html`<section lang="sv">${d}</section>`);
      expect(text(dialog, 'title')).to.equal(`Share "${TITLE}"`);
      expect(text(dialog, 'done-button')).to.equal('Done');
    });

    it('says in English each word a host’s partial locale leaves out, error messages included', async () => {
      registerLocale({
        lang: 'fr',
        strings: {
          close: 'Fermer',
          done: '',
          errorMessages: { unavailable: 'Harmony est momentanément indisponible.' },
        },
      });
      const dialog = await openDialogIn((d) => html`<section lang="fr-CA">${d}</section>`, {
        failures: { getConversation: 'unavailable' },
      });
      expect(closeName(dialog)).to.equal('Fermer');
      // An empty word would leave the button without a name: English instead.
      expect(text(dialog, 'done-button')).to.equal('Done');
      expect(text(dialog, 'error')).to.contain('Harmony est momentanément indisponible.');
      expect(text(dialog, 'error')).to.contain('Try again in a moment.');
      expect(text(dialog, 'retry-button')).to.equal('Try again');
      await expect(dialog).to.be.accessible();
    });

    it('re-renders when lang changes on an ancestor', async () => {
      const dialog = await openDialogIn((d) => html`<section lang="de">${d}</section>`);
      dialog.closest('section')!.setAttribute('lang', 'ja');
      await waitUntil(() => text(dialog, 'done-button') === '完了', 'still German after lang changed');
      expect(text(dialog, 'title')).to.equal(`共有：「${TITLE}」`);
      dialog.closest('section')!.removeAttribute('lang');
      await waitUntil(() => text(dialog, 'done-button') === 'Done', 'still Japanese after lang was removed');
    });

    it('re-renders when a locale for its language is registered after it rendered', async () => {
      const dialog = await openDialogIn((d) => html`<section lang="es">${d}</section>`);
      expect(text(dialog, 'done-button')).to.equal('Done');
      registerLocale({
        lang: 'es',
        strings: { done: 'Listo', shareTitle: (title) => `Compartir «${title}»` },
      });
      await waitUntil(() => text(dialog, 'done-button') === 'Listo', 'the new locale was not used');
      expect(text(dialog, 'title')).to.equal(`Compartir «${TITLE}»`);
      expect(text(dialog, 'pdf-button')).to.equal('Share PDF');
    });

    it('lets the element’s strings beat its locale, word by word', async () => {
      const dialog = await openDialogIn((d) => html`<section lang="de">${d}</section>`, {
        failures: { getConversation: 'unavailable' },
      });
      dialog.strings = { done: 'Zurück zum Gespräch' };
      await waitUntil(() => text(dialog, 'done-button') === 'Zurück zum Gespräch', 'override ignored');
      expect(text(dialog, 'retry-button')).to.equal('Erneut versuchen');
      expect(text(dialog, 'error')).to.contain('Harmony ist vorübergehend nicht verfügbar.');
    });
  });
});
