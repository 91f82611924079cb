import { html } from 'hono/html';
import type { ConversationRecord, ThreadRecord, User } from '../model.js';
import { layout, type Html } from './layout.js';

/**
 * A Companion thread: the meeting it is about, the messages sent so far, and an empty message box with
 * the suggestion offered beside it to pick (an ellipsis is a hint to the reader, not words to send).
 */
export function companionPage(
  thread: ThreadRecord,
  conversation: ConversationRecord,
  caller: User,
  sent?: string,
): Html {
  const suggestion = thread.suggestion.replace(/[….\s]+$/u, '');
  return layout(
    'Companion',
    html`<h1>Companion</h1>
      <p>
        New thread about
        <a href="/conversations/${conversation.id}"><strong>${conversation.title}</strong></a
        >. The meeting is attached as context.
      </p>
      ${
        sent
          ? html`<ol class="companion-thread" aria-label="Messages">
              <li class="companion-message"><span class="companion-author">You</span> ${sent}</li>
            </ol>`
          : ''
      }
      <form class="companion-form" method="get">
        <label for="companion-message">Message</label>
        <input
          id="companion-message"
          name="message"
          placeholder="Ask about this meeting"
          autocomplete="off"
          required
          autofocus
        />
        <button type="submit">Send</button>
        ${
          sent || !suggestion
            ? ''
            : html`<p class="companion-suggestions">
                <span id="suggestions-label">Suggestion:</span>
                <button
                  class="chip"
                  type="submit"
                  name="message"
                  value="${suggestion}"
                  formnovalidate
                  aria-describedby="suggestions-label"
                >
                  ${suggestion}
                </button>
              </p>`
        }
      </form>
      <p class="hint">Replies from Companion are not part of this demo.</p>`,
    caller,
  );
}
