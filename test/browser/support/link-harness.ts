import { waitUntil } from '@open-wc/testing';
import type { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import type { HarmonyAdapter, ShareAudience } from '../../../src/adapter/types.js';
import type { HarmonyShareDialog } from '../../../src/components/share-dialog/share-dialog.js';
import { samplePeople, sampleConversations } from '../../fixtures/sample-conversations.js';
import { part, titleLoaded } from './share-dialog-harness.js';

/** The sample conversations, with weekly-sync opened by exactly these people. */
export function conversationsWithAudience(people: ShareAudience['people']) {
  return sampleConversations().map((record) =>
    record.conversation.id === 'weekly-sync' ? { ...record, audience: { people, teams: [] } } : record,
  );
}

/** `count` people who can open the link, named "Person 01", "Person 02", …, each through a team. */
export function manyPeople(count: number): ShareAudience['people'] {
  return Array.from({ length: count }, (_, i) => ({
    name: `Person ${String(i + 1).padStart(2, '0')}`,
    because: 'team' as const,
    team: 'Sales',
  }));
}

/** The memory adapter with the people `checkShareAccess` finds beyond the audience. */
export const withPeople = { people: samplePeople() };

/** Clicks Generate Link for Sharing once the conversation is loaded, and waits for the link. */
export async function generateLink(dialog: HarmonyShareDialog): Promise<void> {
  await titleLoaded(dialog);
  part(dialog, 'link-button')!.click();
  await waitUntil(() => part(dialog, 'link-field'), 'no link was generated');
}

/** What the one `role=status` region says now. */
export function announced(dialog: HarmonyShareDialog): string {
  return dialog.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
}

/** The words of the teammate check's answer line, as a screen reader reads them (its mark is hidden). */
export function checkResult(dialog: HarmonyShareDialog): string {
  const line = part(dialog, 'access-check-result')!.cloneNode(true) as HTMLElement;
  line.querySelectorAll('[aria-hidden="true"]').forEach((mark) => mark.remove());
  return line.textContent!.replace(/\s+/g, ' ').trim();
}

/** The ✓ or ✗ (or ! for a failure) before the answer: for the eyes only. */
export function checkMark(dialog: HarmonyShareDialog): string {
  return part(dialog, 'access-check-result')!.querySelector('[aria-hidden="true"]')?.textContent ?? '';
}

/**
 * A backend that has only the required methods, as an integrator's first adapter might: no audience,
 * no teammate check, no revoke, no server report.
 */
export function requiredOnly(memory: MemoryAdapter): HarmonyAdapter {
  return {
    getConversation: (id, options) => memory.getConversation(id, options),
    getInsights: (id, options) => memory.getInsights(id, options),
    createShareLink: (id, options) => memory.createShareLink(id, options),
    startCompanionThread: (id, options) => memory.startCompanionThread(id, options),
  };
}

/** Records every signal a method of the adapter is called with, and what it was asked. */
export function spyOn<K extends 'checkShareAccess' | 'getShareAudience' | 'createShareLink'>(
  adapter: MemoryAdapter,
  method: K,
): { args: unknown[]; signal?: AbortSignal }[] {
  const calls: { args: unknown[]; signal?: AbortSignal }[] = [];
  const original = (adapter[method] as (...args: unknown[]) => Promise<unknown>).bind(adapter);
  (adapter as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
    const options = args[args.length - 1] as { signal?: AbortSignal } | undefined;
    calls.push({ args, signal: options?.signal });
    return original(...args);
  };
  return calls;
}
