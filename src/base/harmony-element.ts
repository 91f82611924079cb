import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { adapterProblems } from '../adapter/adapter-check.js';
import { getDefaultAdapter, onDefaultAdapterChange } from '../adapter/default-adapter.js';
import type { HarmonyAdapter } from '../adapter/types.js';
import { LanguageController } from '../controllers/language.js';
import type { TriggerStrings } from '../i18n/english/triggers.js';
import type { HarmonyStrings, PartialHarmonyStrings } from '../i18n/strings.js';

/** The words an element has before its parts load: the triggers' for sure, any other once added. */
export type LocalizedStrings = TriggerStrings & Partial<HarmonyStrings>;

/** Bumped with the package version: lets `define()` tell two copies of the library apart. */
export const LIBRARY_VERSION = '0.1.0';

// One console error per unusable value, however often elements look it up.
const reportedObjects = new WeakSet<object>();
const reportedValues = new Set<unknown>();

/**
 * The base of every Harmony element: a tag name that lives on the class, a
 * guarded `define()` so importing a class never claims a tag, and the adapter
 * lookup every element shares.
 */
export abstract class HarmonyElement extends LitElement {
  /** The tag this class registers under with `define()`. */
  static tagName: string;
  static version = LIBRARY_VERSION;

  /**
   * Registers the element. A no-op when this class already holds the tag; a
   * warning (not an exception) when another class does, e.g. two versions of
   * the library on one page, so the host page keeps working.
   */
  static define(tagName: string = this.tagName, registry: CustomElementRegistry = customElements): void {
    // The base class is abstract; define() is only ever called on concrete subclasses.
    const self = this as unknown as CustomElementConstructor;
    const existing = registry.get(tagName) as (CustomElementConstructor & { version?: string }) | undefined;
    if (existing === undefined) {
      registry.define(tagName, self);
      return;
    }
    if (existing === self) return;
    const theirs = existing.version ? `version ${existing.version}` : 'another class';
    console.warn(
      `<${tagName}> is already defined by ${theirs}; this copy (version ${this.version}) was not registered.`,
    );
  }

  static override properties: PropertyDeclarations = {
    adapter: { attribute: false },
  };

  /**
   * The backend this element talks to; without one, the page-wide default from `setDefaultAdapter`.
   * A property only (objects cannot be attributes). Setting it at any time takes effect at once: what the
   * previous adapter was doing is aborted and an open dialog reloads through the new one.
   */
  adapter?: HarmonyAdapter;

  private activeAdapter?: HarmonyAdapter;
  private stopWatchingDefault?: () => void;
  private readonly language = new LanguageController(this);

  /**
   * The words to show: `overrides` (the element's `strings`) over the locale registered for the element's
   * language (`lang` on it or its nearest ancestor, else the document's) over English. Of English, only the
   * triggers' words are sure to be there: the rest arrives with the part that shows them (`addEnglish`).
   */
  protected localize(overrides: PartialHarmonyStrings | undefined): LocalizedStrings {
    return this.language.strings(overrides);
  }

  /**
   * Every word, for a lazily loaded part that has added the English it shows (`addEnglish`) before it
   * reads any: that is what makes the words whole.
   */
  protected wordsForView(overrides: PartialHarmonyStrings | undefined): HarmonyStrings {
    return this.language.strings(overrides) as HarmonyStrings;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatchingDefault = onDefaultAdapterChange(() => {
      if (this.adapter === undefined) this.requestUpdate();
    });
    // Frameworks that cannot set properties write `adapter="[object Object]"`, which would be ignored in silence.
    if (this.hasAttribute('adapter')) {
      console.error(
        `<${this.localName}>: \`adapter\` is a property, not an attribute; the attribute is ignored. Set ` +
          'element.adapter = …, use setDefaultAdapter(), or in React 18 the @harmony/share-components/react wrappers.',
      );
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingDefault?.();
    this.stopWatchingDefault = undefined;
  }

  /** The adapter in use: the element's own, else the page-wide default; undefined when neither is usable. */
  protected resolveAdapter(): HarmonyAdapter | undefined {
    const candidate: unknown = this.adapter ?? getDefaultAdapter();
    if (candidate === undefined) return undefined;
    const problems = adapterProblems(candidate);
    if (problems.length === 0) return candidate as HarmonyAdapter;
    this.reportUnusable(candidate, problems);
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const next = this.resolveAdapter();
    if (next === this.activeAdapter) return;
    const first = !this.hasUpdated;
    this.activeAdapter = next;
    if (!first) this.adapterReplaced();
  }

  /**
   * Called in `willUpdate` when the adapter in use changed after the first render (a new `adapter`, or a
   * new default for an element without one). Elements abort what the old adapter was doing and reload.
   */
  protected adapterReplaced(): void {}

  private reportUnusable(candidate: unknown, problems: string[]): void {
    const isObject = typeof candidate === 'object' && candidate !== null;
    if (isObject ? reportedObjects.has(candidate) : reportedValues.has(candidate)) return;
    if (isObject) reportedObjects.add(candidate);
    else reportedValues.add(candidate);
    console.error(
      `<${this.localName}>: the adapter cannot be used: ${problems.join('; ')}. ` +
        'See HarmonyAdapter in @harmony/share-components/adapter.',
    );
  }
}
