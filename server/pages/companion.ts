import { html } from 'hono/html';
import type { ConversationRecord, ThreadRecord, User } from '../model.js';
import { layout, type Html } from './layout.js';

/** A new Companion thread: the meeting it is about and the suggested first message, ready to send. */
export function companionPage(thread: ThreadRecord, conversation: ConversationRecord, caller: User): Html {
  return layout(
    'Companion',
    html`<h1>Companion</h1>
      <p>
        New thread about
        <a href="/conversations/${conversation.id}"><strong>${conversation.title}</strong></a
        >. The meeting is attached as context.
      </p>
      <form class="companion-form" method="get">
        <label for="companion-message">Message</label>
        <input id="companion-message" name="message" value="${thread.suggestion}" autofocus />
        <button type="submit">Send</button>
      </form>
      <p class="hint">Replies from Companion are not part of this demo.</p>`,
    caller,
  );
}
