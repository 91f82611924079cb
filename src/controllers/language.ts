import type { LitElement, ReactiveController } from 'lit';
import { applyDirection, languageDirection } from '../base/direction.js';
import { languageOf, watchLanguage } from '../base/language.js';
import { englishVersion } from '../i18n/english/loaded.js';
import { onLocaleChange, stringsFor } from '../i18n/locales.js';
import type { HarmonyStrings, PartialHarmonyStrings } from '../i18n/strings.js';

/**
 * An element's language: the words it shows and the direction it is laid out in follow the `lang` that
 * applies to it and the locales registered for it. It re-renders when a `lang` or `dir` attribute
 * changes in its document or a shadow root around it, and when a locale is registered.
 */
export class LanguageController implements ReactiveController {
  /** The language and direction of the last render, to tell whether an attribute change concerns it. */
  private rendered?: string;
  private cached?: {
    lang: string | undefined;
    overrides?: PartialHarmonyStrings;
    english: number;
    strings: HarmonyStrings;
  };
  private stopWatching: (() => void)[] = [];

  constructor(private readonly host: LitElement) {
    host.addController(this);
  }

  /** The words for the element's language now, with the element's own overrides on top. */
  strings(overrides: PartialHarmonyStrings | undefined): HarmonyStrings {
    const lang = languageOf(this.host);
    const english = englishVersion();
    const cached = this.cached;
    if (cached && cached.lang === lang && cached.overrides === overrides && cached.english === english)
      return cached.strings;
    const strings = stringsFor(lang, overrides);
    this.cached = { lang, overrides, english, strings };
    return strings;
  }

  hostConnected(): void {
    // Moved under another `lang` or `dir` (a portal, a list row moved): no attribute changed, but the language did.
    if (this.rendered !== undefined && this.current() !== this.rendered) this.host.requestUpdate();
    this.stopWatching = [
      onLocaleChange(() => {
        this.cached = undefined;
        this.host.requestUpdate();
      }),
      watchLanguage(this.host, () => {
        if (this.current() !== this.rendered) this.host.requestUpdate();
      }),
    ];
  }

  hostDisconnected(): void {
    for (const stop of this.stopWatching) stop();
    this.stopWatching = [];
  }

  hostUpdate(): void {
    this.rendered = this.current();
    applyDirection(this.host.renderRoot, languageDirection(this.host));
  }

  private current(): string {
    return `${languageOf(this.host)}|${languageDirection(this.host)}`;
  }
}
