import type {
  HarmonyAfterCloseEvent,
  HarmonyAfterOpenEvent,
  HarmonyCloseEvent,
  HarmonyOpenEvent,
} from './surface-events.js';
import type { HarmonyErrorEvent } from './error-event.js';
import type {
  HarmonyCompanionOpenEvent,
  HarmonyCompanionRequestEvent,
  HarmonyLinkCopiedEvent,
  HarmonyLinkCreatedEvent,
  HarmonyLinkRevokedEvent,
  HarmonyPdfReadyEvent,
  HarmonyPdfStartEvent,
  HarmonySelectEvent,
} from './action-events.js';

// Every Harmony event, with its detail type and its place in the DOM's event map. The classes live in
// modules by who sends them, so that a page loads `harmony-error` up front and the rest with the panels.
export * from './error-event.js';
export * from './surface-events.js';
export * from './action-events.js';

/** Each event's `detail`, by name: `HarmonyLinkCreatedDetail` is what `harmony-link-created` carries. */
export type HarmonyOpenDetail = HarmonyOpenEvent['detail'];
export type HarmonyAfterOpenDetail = HarmonyAfterOpenEvent['detail'];
export type HarmonyCloseDetail = HarmonyCloseEvent['detail'];
export type HarmonyAfterCloseDetail = HarmonyAfterCloseEvent['detail'];
export type HarmonySelectDetail = HarmonySelectEvent['detail'];
export type HarmonyPdfStartDetail = HarmonyPdfStartEvent['detail'];
export type HarmonyPdfReadyDetail = HarmonyPdfReadyEvent['detail'];
export type HarmonyLinkCreatedDetail = HarmonyLinkCreatedEvent['detail'];
export type HarmonyLinkCopiedDetail = HarmonyLinkCopiedEvent['detail'];
export type HarmonyLinkRevokedDetail = HarmonyLinkRevokedEvent['detail'];
export type HarmonyCompanionRequestDetail = HarmonyCompanionRequestEvent['detail'];
export type HarmonyCompanionOpenDetail = HarmonyCompanionOpenEvent['detail'];
export type HarmonyErrorDetail = HarmonyErrorEvent['detail'];

declare global {
  interface GlobalEventHandlersEventMap {
    'harmony-open': HarmonyOpenEvent;
    'harmony-after-open': HarmonyAfterOpenEvent;
    'harmony-close': HarmonyCloseEvent;
    'harmony-after-close': HarmonyAfterCloseEvent;
    'harmony-select': HarmonySelectEvent;
    'harmony-pdf-start': HarmonyPdfStartEvent;
    'harmony-pdf-ready': HarmonyPdfReadyEvent;
    'harmony-link-created': HarmonyLinkCreatedEvent;
    'harmony-link-copied': HarmonyLinkCopiedEvent;
    'harmony-link-revoked': HarmonyLinkRevokedEvent;
    'harmony-companion-request': HarmonyCompanionRequestEvent;
    'harmony-companion-open': HarmonyCompanionOpenEvent;
    'harmony-error': HarmonyErrorEvent;
  }
}
