import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import type { HarmonyShareDialog } from '../../src/components/share-dialog/share-dialog.js';
import type { HarmonyOverflowMenu } from '../../src/components/overflow-menu/overflow-menu.js';
import { sampleConversations } from '../fixtures/sample-conversations.js';

interface Documented {
  tagName: string;
  cssProperties?: { name: string; default?: string }[];
  cssParts?: { name: string }[];
  slots?: { name: string }[];
}

/** custom-elements.json as hosts, editors and Storybook read it. */
async function documented(tagName: string): Promise<Documented> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as {
    modules: { declarations?: Documented[] }[];
  };
  return manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tagName)!;
}

/** The text of `var(--name, fallback)`'s fallback, parentheses balanced. */
function fallbackOf(css: string, name: string): string | undefined {
  const start = css.indexOf(`var(${name},`);
  if (start < 0) return undefined;
  let depth = 1;
  let index = start + `var(${name},`.length;
  const from = index;
  for (; index < css.length && depth > 0; index++) {
    if (css[index] === '(') depth++;
    else if (css[index] === ')') depth--;
  }
  return css.slice(from, index - 1).trim();
}

/**
 * The `--harmony-*` tokens the element's styles actually read, with the fallbacks they use. Tokens are
 * read through private `--_x` properties; a private one counts only where a rule (or another used one) reads it.
 */
function tokensRead(element: HTMLElement): Map<string, string> {
  const css = element
    .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
    .join('\n');
  const definitions = new Map<string, string>();
  for (const match of css.matchAll(/(--_[a-z-]+):\s*([^;]+);/g)) definitions.set(match[1]!, match[2]!);
  const rules = css.replace(/--_[a-z-]+:\s*[^;]+;/g, '');
  const used = new Set<string>();
  const visit = (text: string) => {
    for (const [, name] of text.matchAll(/var\((--_[a-z-]+)/g)) {
      if (used.has(name!)) continue;
      used.add(name!);
      visit(definitions.get(name!) ?? '');
    }
  };
  visit(rules);
  const tokens = new Map<string, string>();
  const privateToToken = new Map<string, string>();
  for (const [name, value] of definitions) {
    const token = value.match(/^var\((--harmony-[a-z-]+)/)?.[1];
    if (token) privateToToken.set(name, token);
  }
  const readable = (fallback: string) =>
    fallback
      .replace(/var\((--_[a-z-]+)\)/g, (_, name: string) => `var(${privateToToken.get(name)})`)
      .replace(/"/g, "'")
      .replace(/\s+/g, ' ');
  for (const name of used) {
    const token = privateToToken.get(name);
    if (token) tokens.set(token, readable(fallbackOf(definitions.get(name)!, token) ?? ''));
  }
  for (const [, token] of rules.matchAll(/var\((--harmony-[a-z-]+)/g)) {
    tokens.set(token!, readable(fallbackOf(rules, token!) ?? ''));
  }
  return tokens;
}

function partsIn(element: HTMLElement): string[] {
  return [...element.shadowRoot!.querySelectorAll('[part]')].flatMap((node) =>
    node.getAttribute('part')!.split(/\s+/),
  );
}

async function expectTruthful(element: HTMLElement, seenParts: string[]): Promise<void> {
  const doc = await documented(element.localName);
  const tokens = tokensRead(element);
  expect([...tokens.keys()].sort(), 'tokens read vs tokens documented').to.deep.equal(
    (doc.cssProperties ?? []).map((token) => token.name).sort(),
  );
  for (const token of doc.cssProperties ?? []) {
    expect(token.default, `${token.name}'s documented default`).to.equal(tokens.get(token.name));
  }
  const parts = new Set((doc.cssParts ?? []).map((part) => part.name));
  for (const part of new Set(seenParts))
    expect(parts.has(part), `part "${part}" is documented`).to.equal(true);
  const slots = new Set((doc.slots ?? []).map((slot) => slot.name));
  for (const slot of element.shadowRoot!.querySelectorAll('slot')) {
    expect(slots.has(slot.name), `slot "${slot.name}" is documented`).to.equal(true);
  }
}

const adapter = () => new MemoryAdapter({ conversations: sampleConversations() });

describe('custom-elements.json tells the truth', () => {
  it('<harmony-share-dialog>: its tokens with their defaults, its parts through open, link and revoke', async () => {
    const dialog = await fixture<HarmonyShareDialog>(
      html`<harmony-share-dialog conversation-id="weekly-sync" .adapter=${adapter()}></harmony-share-dialog>`,
    );
    const opened = oneEvent(dialog, 'harmony-after-open');
    dialog.show();
    await opened;
    const seen = partsIn(dialog);
    const part = (name: string) => dialog.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
    await waitUntil(() => part('pdf-button')?.getAttribute('aria-disabled') === 'false');
    part('link-button')!.click();
    await waitUntil(() => part('revoke-button'));
    seen.push(...partsIn(dialog));
    part('revoke-button')!.click();
    await waitUntil(() => part('revoke-confirm'));
    seen.push(...partsIn(dialog));
    await expectTruthful(dialog, seen);
  });

  it('<harmony-overflow-menu> and <harmony-menu-item>: tokens, parts and slots, open and closed', async () => {
    const menu = await fixture<HarmonyOverflowMenu>(
      html`<harmony-overflow-menu conversation-id="weekly-sync" .adapter=${adapter()}
        ><harmony-menu-item value="rename">Rename</harmony-menu-item></harmony-overflow-menu
      >`,
    );
    const seen = partsIn(menu);
    menu.show();
    await menu.updateComplete;
    seen.push(...partsIn(menu));
    await expectTruthful(menu, seen);
    const item = menu.querySelector('harmony-menu-item')!;
    await expectTruthful(item, partsIn(item));
  });

  it('<harmony-companion-launcher>: tokens and parts, its error callout included', async () => {
    const backend = adapter();
    backend.failNext('startCompanionThread', 'unavailable');
    const launcher = await fixture<HTMLElement>(
      html`<harmony-companion-launcher
        conversation-id="weekly-sync"
        .adapter=${backend}
      ></harmony-companion-launcher>`,
    );
    launcher.shadowRoot!.querySelector<HTMLElement>('[part="button"]')!.click();
    await waitUntil(() => launcher.shadowRoot!.querySelector('[part="retry-button"]'), 'no error callout');
    await expectTruthful(launcher, partsIn(launcher));
  });
});
