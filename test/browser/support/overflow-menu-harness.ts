import { sendKeys } from '@web/test-runner-commands';
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { nothing, type TemplateResult } from 'lit';
import { MemoryAdapter, type MemoryAdapterOptions } from '../../../src/adapter/memory-adapter.js';
import '../../../src/components/overflow-menu/define.js';
import type { HarmonyMenuItem } from '../../../src/components/menu-item/menu-item.js';
import type { HarmonyOverflowMenu } from '../../../src/components/overflow-menu/overflow-menu.js';
import { deepActiveElement } from '../../../src/base/focus-origin.js';
import { sampleConversations } from '../../fixtures/sample-conversations.js';
import { IDLE_DEADLINE } from './idle.js';

export interface MenuHarness {
  menu: HarmonyOverflowMenu;
  adapter: MemoryAdapter;
  before: HTMLButtonElement;
  after: HTMLButtonElement;
}

export interface MountOptions {
  id?: string;
  adapter?: MemoryAdapterOptions;
  hostItems?: boolean;
  pollInterval?: number;
  /** Wraps the menu (between the two page buttons) in a container under test. */
  wrap?: (menu: TemplateResult) => TemplateResult;
}

/** The host items the tests add: one enabled, one disabled with its reason. */
const hostItems = html`<harmony-menu-item value="rename">Rename</harmony-menu-item>
  <harmony-menu-item value="delete" disabled aria-describedby="delete-reason">
    Delete
    <span slot="description" id="delete-reason">Only the owner can delete</span>
  </harmony-menu-item>`;

/** A page with a button before and after a ⋯ menu, so Tab and focus can be followed. */
export async function mountMenu(options: MountOptions = {}): Promise<MenuHarness> {
  const adapter = new MemoryAdapter({ conversations: sampleConversations(), ...options.adapter });
  const menu = html`<harmony-overflow-menu
    conversation-id=${options.id ?? 'weekly-sync'}
    poll-interval=${options.pollInterval ?? 5000}
    .adapter=${adapter}
    >${options.hostItems ? hostItems : nothing}</harmony-overflow-menu
  >`;
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <button id="before" type="button">Before</button>
      ${options.wrap ? options.wrap(menu) : menu}
      <button id="after" type="button">After</button>
    </div>`,
  );
  const element = wrapper.querySelector('harmony-overflow-menu')!;
  await element.updateComplete;
  return {
    menu: element,
    adapter,
    before: wrapper.querySelector<HTMLButtonElement>('#before')!,
    after: wrapper.querySelector<HTMLButtonElement>('#after')!,
  };
}

export function part<T extends HTMLElement = HTMLElement>(menu: HTMLElement, name: string): T {
  return menu.shadowRoot!.querySelector<T>(`[part~="${name}"]`)!;
}

export const trigger = (menu: HarmonyOverflowMenu) => part<HTMLButtonElement>(menu, 'trigger');
export const surface = (menu: HarmonyOverflowMenu) => part(menu, 'menu');
/** Not open when the menu has never loaded: its surface is not rendered yet. */
export const isOpen = (menu: HarmonyOverflowMenu) => !!surface(menu)?.matches(':popover-open');

/** The built-in items, then the host's, as a screen reader meets them. */
export function items(menu: HarmonyOverflowMenu): HarmonyMenuItem[] {
  const builtIn = [...menu.shadowRoot!.querySelectorAll<HarmonyMenuItem>('[role="menuitem"]')];
  return [...builtIn, ...menu.querySelectorAll<HarmonyMenuItem>('[role="menuitem"]')];
}

/** An element's accessible name, as axe (and so assistive technology) computes it across shadow roots. */
export async function nameOf(element: Element): Promise<string> {
  await import('axe-core/axe.min.js' as string);
  const { axe } = window as unknown as { axe: AxeNames };
  axe.setup(document);
  try {
    return axe.commons.text.accessibleText(element).replace(/\s+/g, ' ').trim();
  } finally {
    axe.teardown();
  }
}

/** The part of axe-core's global these tests use. */
interface AxeNames {
  setup(context: Document): void;
  teardown(): void;
  commons: { text: { accessibleText(element: Element): string } };
}

export const focused = () => deepActiveElement();

/** The name of what has focus, so a failure says where focus went instead. */
export const focusedName = async () => {
  const element = focused();
  return element ? nameOf(element) : '(nothing)';
};

/** Compares identity without handing DOM nodes to the reporter (which cannot serialise them). */
export async function expectFocusOn(element: Element, what: string): Promise<void> {
  const actual = focused();
  expect(
    actual === element,
    `focus is on "${await focusedName()}" (${actual?.localName}), not ${what}`,
  ).to.equal(true);
}

export const loaded = (menu: HarmonyOverflowMenu) =>
  waitUntil(
    () => trigger(menu).getAttribute('aria-label')!.startsWith('More actions for'),
    'never loaded',
    IDLE_DEADLINE,
  );

/** Waits until floating-ui has placed the open surface and the browser has painted it. */
export async function placed(menu: HarmonyOverflowMenu): Promise<void> {
  await waitUntil(() => isOpen(menu) && surface(menu).style.left !== '', 'the menu was never positioned');
  await nextFrame();
  await nextFrame();
}

/**
 * What a user sees of an open menu: the whole surface inside the viewport,
 * right under (or, flipped, right above) the ⋯ button and overlapping it
 * horizontally, and on top of everything else at its centre.
 */
export function expectBesideTrigger(menu: HarmonyOverflowMenu): void {
  const box = surface(menu).getBoundingClientRect();
  const button = trigger(menu).getBoundingClientRect();
  const where = `menu ${JSON.stringify(box)} button ${JSON.stringify(button)} viewport ${innerWidth}×${innerHeight}`;
  expect(box.width, where).to.be.greaterThan(0);
  expect(box.left, where).to.be.at.least(0);
  expect(box.top, where).to.be.at.least(0);
  expect(box.right, where).to.be.at.most(document.documentElement.clientWidth);
  expect(box.bottom, where).to.be.at.most(innerHeight);
  const gapBelow = box.top - button.bottom;
  const gapAbove = button.top - box.bottom;
  expect(Math.abs(gapBelow - 4) < 1.5 || Math.abs(gapAbove - 4) < 1.5, `not adjacent: ${where}`).to.equal(
    true,
  );
  expect(box.right > button.left && box.left < button.right, `not aligned: ${where}`).to.equal(true);
  const atCentre = menu.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  expect(
    surface(menu).contains(atCentre) || items(menu).some((item) => item.contains(atCentre)),
    where,
  ).to.equal(true);
}

/** Opens the menu from the keyboard, as most tests start. */
export async function openWithKeyboard(menu: HTMLElement, key = 'Enter'): Promise<void> {
  trigger(menu as never).focus();
  await sendKeys({ press: key });
  await placed(menu as never);
}

/** The middle of an element on screen, in whole pixels, for `sendMouse`. */
export function centreOf(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}
