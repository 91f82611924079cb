import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { HarmonyElement } from '../../src/base/harmony-element.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { setDefaultAdapter } from '../../src/adapter/default-adapter.js';

let counter = 0;
const uniqueTag = () => `harmony-probe-${++counter}-${Date.now()}`;

function makeClass(tagName: string) {
  return class Probe extends HarmonyElement {
    static override tagName = tagName;
    get adapterInUse() {
      return this.resolveAdapter();
    }
    override render() {
      return html`<span>probe</span>`;
    }
  };
}

describe('HarmonyElement', () => {
  afterEach(() => setDefaultAdapter(undefined));

  describe('define()', () => {
    it('registers the class under its static tag name', () => {
      const tag = uniqueTag();
      const Probe = makeClass(tag);
      Probe.define();
      expect(customElements.get(tag)).to.equal(Probe);
    });

    it('is a no-op when the same class defines twice', () => {
      const Probe = makeClass(uniqueTag());
      Probe.define();
      expect(() => Probe.define()).not.to.throw();
    });

    it('warns instead of throwing when another class holds the tag', () => {
      const tag = uniqueTag();
      makeClass(tag).define();
      const Other = makeClass(tag);
      Other.version = '9.9.9';
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        Other.define();
      } finally {
        console.warn = original;
      }
      expect(customElements.get(tag)).not.to.equal(Other);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`<${tag}>`).and.contain('9.9.9');
    });

    it('importing a class does not claim its tag', () => {
      const tag = uniqueTag();
      makeClass(tag);
      expect(customElements.get(tag)).to.equal(undefined);
    });
  });

  describe('adapter', () => {
    it('uses the page-wide default when the element has none, and its own when set', () => {
      const Probe = makeClass(uniqueTag());
      Probe.define();
      const element = new Probe();
      const pageWide = new MemoryAdapter();
      const own = new MemoryAdapter();
      expect(element.adapterInUse).to.equal(undefined);
      setDefaultAdapter(pageWide);
      expect(element.adapterInUse).to.equal(pageWide);
      element.adapter = own;
      expect(element.adapterInUse).to.equal(own);
    });
  });
});
