import { html, render } from 'lit';
import type { HarmonyAdapter } from '../src/adapter/types.js';
import { isHarmonyError } from '../src/adapter/errors.js';
import { STATUS_LABELS } from './messages.js';

/** The demo workspace's conversations; each one is read through the adapter, so access rules show. */
const CONVERSATION_IDS = ['weekly-sync', 'roadmap-review', 'global-kickoff', 'failed-upload'];

interface Entry {
  id: string;
  title: string;
  note: string;
  status?: string;
}

async function loadEntry(adapter: HarmonyAdapter, id: string): Promise<Entry> {
  try {
    const conversation = await adapter.getConversation(id);
    return {
      id,
      title: conversation.title,
      note: STATUS_LABELS[conversation.status],
      status: conversation.status,
    };
  } catch (error) {
    const note = isHarmonyError(error) && error.code === 'forbidden' ? 'No access' : 'Unavailable';
    return { id, title: id, note };
  }
}

/** Fills the sidebar; the open conversation is marked with aria-current. */
export async function showConversationList(list: HTMLElement, adapter: HarmonyAdapter, currentId: string) {
  const entries = await Promise.all(CONVERSATION_IDS.map((id) => loadEntry(adapter, id)));
  render(
    entries.map(
      (entry) =>
        html`<li>
          <a href="/conversations/${entry.id}" aria-current=${entry.id === currentId ? 'page' : 'false'}>
            <span class="list-title" dir="auto">${entry.title}</span>
            <span class="list-status" data-status=${entry.status ?? 'none'}>${entry.note}</span>
          </a>
        </li>`,
    ),
    list,
  );
}
