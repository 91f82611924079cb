import { html, render } from 'lit';
import type { HarmonyAdapter } from '../src/adapter/types.js';
import { isHarmonyError } from '../src/adapter/errors.js';
import { STATUS_LABELS } from './messages.js';

/** The demo workspace's conversations; each one is read through the adapter, so access rules show. */
const CONVERSATION_IDS = ['weekly-sync', 'roadmap-review', 'global-kickoff', 'failed-upload'];

const HIDDEN_TITLE = 'A conversation you cannot open';

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
    // An id says something about a conversation the user may not read: name it by what they can know.
    return { id, title: HIDDEN_TITLE, note };
  }
}

const entryText = (entry: Entry) =>
  html`<span class="list-title" dir="auto">${entry.title}</span>
    <span class="list-status" data-status=${entry.status ?? 'none'}>${entry.note}</span>`;

/** Fills the sidebar; the open conversation is marked with aria-current. */
export async function showConversationList(list: HTMLElement, adapter: HarmonyAdapter, currentId: string) {
  const entries = await Promise.all(CONVERSATION_IDS.map((id) => loadEntry(adapter, id)));
  render(
    entries.map(
      (entry) =>
        html`<li>
          ${
            // Nothing to open behind an entry the user cannot read: no link, and no id in its address.
            entry.status || entry.id === currentId
              ? html`<a
                  href="/conversations/${entry.id}"
                  aria-current=${entry.id === currentId ? 'page' : 'false'}
                  >${entryText(entry)}</a
                >`
              : html`<span class="unavailable">${entryText(entry)}</span>`
          }
        </li>`,
    ),
    list,
  );
}
