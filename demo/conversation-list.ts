import { html, render } from 'lit';
import type { ConversationStatus } from '../src/adapter/types.js';
import { STATUS_LABELS } from './messages.js';

const HIDDEN_TITLE = 'A conversation you cannot open';

interface Entry {
  id: string;
  title: string;
  note: string;
  status?: string;
}

/**
 * The conversations the signed-in user can read, as the API lists them: nothing is asked that would be
 * refused, and a conversation they cannot read is neither named nor counted.
 */
async function readableEntries(): Promise<Entry[]> {
  const response = await fetch('/v1/conversations', { credentials: 'same-origin' });
  if (!response.ok) return [];
  const { conversations } = (await response.json()) as {
    conversations: { id: string; title: string; status: ConversationStatus }[];
  };
  return conversations.map(({ id, title, status }) => ({ id, title, note: STATUS_LABELS[status], status }));
}

const entryText = (entry: Entry) =>
  html`<span class="list-title" dir="auto">${entry.title}</span>
    <span class="list-status" data-status=${entry.status ?? 'none'}>${entry.note}</span>`;

/** Fills the sidebar; the open conversation is marked with aria-current. */
export async function showConversationList(list: HTMLElement, currentId: string) {
  const entries = await readableEntries();
  // The page a link opened, even one the user cannot read, is where they are: marked, never named.
  if (currentId && !entries.some((entry) => entry.id === currentId))
    entries.push({ id: currentId, title: HIDDEN_TITLE, note: 'No access' });
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
