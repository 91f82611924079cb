import type { HarmonyErrorCode } from '../adapter/errors.js';
import type { CompanionThread, ShareLink } from '../adapter/types.js';
import { HarmonyEvent } from './harmony-event.js';

/** What closed a surface: its ✕, its Done button, Escape, a click outside, or the host's code. */
export type CloseSource = 'close-button' | 'done-button' | 'escape' | 'outside' | 'programmatic';

/** The action a `harmony-error` came from. */
export type HarmonyAction = 'load' | 'pdf' | 'link' | 'copy' | 'revoke' | 'companion';

export class HarmonyOpenEvent extends HarmonyEvent<Record<string, never>> {
  constructor() {
    super('harmony-open', {});
  }
}

export class HarmonyAfterOpenEvent extends HarmonyEvent<Record<string, never>> {
  constructor() {
    super('harmony-after-open', {});
  }
}

/** Cancelable: `preventDefault()` keeps the surface open. */
export class HarmonyCloseEvent extends HarmonyEvent<{ source: CloseSource }> {
  constructor(source: CloseSource) {
    super('harmony-close', { source }, { cancelable: true });
  }
}

export class HarmonyAfterCloseEvent extends HarmonyEvent<{ source: CloseSource }> {
  constructor(source: CloseSource) {
    super('harmony-after-close', { source });
  }
}

/** Cancelable: `preventDefault()` stops the built-in action of a menu item. */
export class HarmonySelectEvent extends HarmonyEvent<{ value: string }> {
  constructor(value: string) {
    super('harmony-select', { value }, { cancelable: true });
  }
}

export class HarmonyPdfStartEvent extends HarmonyEvent<{ conversationId: string }> {
  constructor(conversationId: string) {
    super('harmony-pdf-start', { conversationId });
  }
}

export class HarmonyPdfReadyEvent extends HarmonyEvent<{
  conversationId: string;
  source: 'server' | 'client';
  filename: string;
}> {
  constructor(detail: { conversationId: string; source: 'server' | 'client'; filename: string }) {
    super('harmony-pdf-ready', detail);
  }
}

export class HarmonyLinkCreatedEvent extends HarmonyEvent<{ conversationId: string; link: ShareLink }> {
  constructor(conversationId: string, link: ShareLink) {
    super('harmony-link-created', { conversationId, link });
  }
}

export class HarmonyLinkCopiedEvent extends HarmonyEvent<{ url: string; method: 'clipboard' | 'selection' }> {
  constructor(url: string, method: 'clipboard' | 'selection') {
    super('harmony-link-copied', { url, method });
  }
}

export class HarmonyLinkRevokedEvent extends HarmonyEvent<{ conversationId: string; linkId: string }> {
  constructor(conversationId: string, linkId: string) {
    super('harmony-link-revoked', { conversationId, linkId });
  }
}

/** Cancelable: `preventDefault()` lets the host open Companion its own way. */
export class HarmonyCompanionRequestEvent extends HarmonyEvent<{
  conversationId: string;
  suggestion: string;
}> {
  constructor(conversationId: string, suggestion: string) {
    super('harmony-companion-request', { conversationId, suggestion }, { cancelable: true });
  }
}

/** Cancelable: `preventDefault()` stops the navigation to the thread. */
export class HarmonyCompanionOpenEvent extends HarmonyEvent<{ thread: CompanionThread }> {
  constructor(thread: CompanionThread) {
    super('harmony-companion-open', { thread }, { cancelable: true });
  }
}

export class HarmonyErrorEvent extends HarmonyEvent<{
  code: HarmonyErrorCode;
  action: HarmonyAction;
  message: string;
}> {
  constructor(detail: { code: HarmonyErrorCode; action: HarmonyAction; message: string }) {
    super('harmony-error', detail);
  }
}

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
