/**
 * Every Harmony event bubbles and is composed, so a host can listen on
 * `document` whatever shadow roots the element sits in. Subclasses fix the name
 * and the detail type; `cancelable` is decided per event, in its constructor.
 * A `CustomEvent`, so code and typings written for custom events read `detail` as usual.
 */
export abstract class HarmonyEvent<Detail> extends CustomEvent<Readonly<Detail>> {
  constructor(type: string, detail: Detail, init: { cancelable?: boolean } = {}) {
    super(type, {
      bubbles: true,
      composed: true,
      cancelable: init.cancelable ?? false,
      detail: Object.freeze({ ...detail }),
    });
  }
}
