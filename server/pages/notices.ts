import { html } from 'hono/html';
import { describeScope } from '../access.js';
import type { User } from '../model.js';
import { layout, type Html } from './layout.js';

/** Shown to a signed-in user whose role cannot read the conversation a link or page points to. */
export function noAccessPage(user: User, retryPath: string): Html {
  return layout(
    'No access',
    html`<h1>You don't have access to this conversation</h1>
      <p>
        You're signed in as ${user.name}. Your role reads ${describeScope(user)}, so its read scope is too
        narrow for this conversation. A shared link never grants access by itself.
      </p>
      <p>An admin can change your role's read scope under <strong>Settings → Roles</strong>.</p>
      <p><a href="/sign-in?next=${encodeURIComponent(retryPath)}">Sign in as someone else</a></p>`,
  );
}

export function linkRevokedPage(): Html {
  return layout(
    'Link revoked',
    html`<h1>This link no longer works</h1>
      <p>
        It was revoked, or the conversation it pointed to was deleted. Ask whoever shared it for a new link.
      </p>`,
  );
}

export function notFoundPage(): Html {
  return layout(
    'Not found',
    html`<h1>Nothing here</h1>
      <p>This page or link doesn't exist. If someone sent you a link, check that you copied all of it.</p>
      <p><a href="/">Go to Harmony</a></p>`,
  );
}
