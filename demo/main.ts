import { render } from 'lit';
import { setDefaultAdapter } from '../src/adapter/default-adapter.js';
import { createFetchAdapter } from '../src/adapter/fetch-adapter.js';
import { showConversationList } from './conversation-list.js';
import { renderBadge, renderBody, type BodyState } from './conversation-view.js';
import { setUpExpireLinksButton, setUpReportFailureSwitch } from './dev-panel.js';
import { setUpLanguagePicker } from './language-picker.js';
import { errorMessage } from './messages.js';
import { showSession } from './session-bar.js';
import '../src/define.js';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

// Every element on the page (and the page itself) talks to the API through this one adapter.
const adapter = createFetchAdapter({ baseUrl: location.origin, credentials: 'same-origin' });
setDefaultAdapter(adapter);

const conversationId = decodeURIComponent(location.pathname.split('/')[2] ?? '');
const title = byId('conversation-title');
const body = byId('conversation-body');
const show = (state: BodyState) => render(renderBody(state), body);

async function showConversation(): Promise<void> {
  show({ kind: 'loading' });
  try {
    const conversation = await adapter.getConversation(conversationId);
    title.textContent = conversation.title;
    document.title = `${conversation.title} · Harmony`;
    renderBadge(byId('status-badge'), conversation);
    show({ kind: 'loaded', conversation, insights: undefined });
    if (conversation.status !== 'completed') return;
    const insights = await adapter.getInsights(conversationId).catch((error: unknown) => ({
      error: errorMessage(error),
    }));
    show({ kind: 'loaded', conversation, insights });
  } catch (error) {
    title.textContent = 'Conversation unavailable';
    show({ kind: 'error', message: errorMessage(error) });
  }
}

// The three elements need only the conversation id; the adapter is the page-wide default set above.
for (const id of ['companion-launcher', 'overflow-menu', 'share-dialog']) {
  byId<HTMLElement & { conversationId?: string }>(id).conversationId = conversationId;
}
// A host's own menu item: Harmony's menu only announces it.
byId('overflow-menu').addEventListener('harmony-select', (event) => {
  if (event.detail.value === 'copy-id') void navigator.clipboard?.writeText(conversationId);
});

void showSession(byId('signed-in-as'), byId<HTMLSelectElement>('switch-user').form!);
void showConversationList(byId('conversation-list'), conversationId);
void setUpReportFailureSwitch(byId<HTMLFormElement>('report-failure-form'), byId('report-failure-status'));
setUpExpireLinksButton(byId<HTMLButtonElement>('expire-links'), byId('expire-links-status'));
setUpLanguagePicker(
  byId<HTMLSelectElement>('element-language'),
  ['companion-slot', 'menu-slot', 'share-dialog'].map((id) => byId(id)),
);
void showConversation();
