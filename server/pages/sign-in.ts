import { html } from 'hono/html';
import { describeScope } from '../access.js';
import type { User } from '../model.js';
import { layout, type Html } from './layout.js';

export interface SignInPageOptions {
  users: User[];
  next: string;
  error?: string;
  /** Whoever is signed in already: they may be here to switch user. */
  caller?: User;
}

/** The visitor followed a share link (`/s/<token>`) before signing in. */
const isShareLink = (next: string) => /^\/s\/[^/?#]+$/.test(next);

/** The demo's sign-in: one button per workspace user, no passwords. */
export function signInPage({ users, next, error, caller }: SignInPageOptions): Html {
  return layout(
    'Sign in',
    html`<h1>Sign in to Harmony</h1>
      ${
        isShareLink(next)
          ? html`<p class="notice">
              <strong>A shared conversation is waiting.</strong> Sign in to open it; you'll see it if your
              role can read it.
            </p>`
          : ''
      }
      <p>This is a demo workspace. Choose who you are; each person's role reads different conversations.</p>
      ${error ? html`<p role="alert" class="error">${error}</p>` : ''}
      <form method="post" action="/sign-in">
        <input type="hidden" name="next" value="${next}" />
        <ul class="user-list">
          ${users.map(
            (user) =>
              html`<li>
                <button type="submit" name="user" value="${user.id}">
                  <span class="user-name">${user.name}</span>
                  <span class="user-scope">Reads ${describeScope(user)}</span>
                </button>
              </li>`,
          )}
        </ul>
      </form>`,
    caller,
  );
}
