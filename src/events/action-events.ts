import type { CompanionThread, ShareLink } from '../adapter/types.js';
import { HarmonyEvent } from './harmony-event.js';

// The events of what a user does in an open panel: they load with the panels that send them.

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
