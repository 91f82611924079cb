import { LitElement } from 'lit';
import { getDefaultAdapter } from '../adapter/default-adapter.js';
import type { HarmonyAdapter } from '../adapter/types.js';

/** Bumped with the package version: lets `define()` tell two copies of the library apart. */
export const LIBRARY_VERSION = '0.1.0';

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

  /** The adapter set on this element, or the page-wide default from `setDefaultAdapter`. */
  adapter?: HarmonyAdapter;

  protected resolveAdapter(): HarmonyAdapter | undefined {
    return this.adapter ?? getDefaultAdapter();
  }
}
