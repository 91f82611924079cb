import { html } from 'hono/html';
import { describeScope } from '../access.js';
import type { User } from '../model.js';
import { layout, type Html } from './layout.js';

const HOME = html`<p><a href="/">Go to Harmony</a></p>`;

/** Shown (403) to a signed-in user whose role cannot read the conversation a link or page points to. */
export function noAccessPage(user: User, retryPath: string): Html {
  return layout(
    'No access',
    html`<h1>You don't have access to this conversation</h1>
      <p>
        You're signed in as ${user.name}. Your role reads ${describeScope(user)}, so its read scope is too
        narrow for this conversation. A shared link never grants access by itself.
      </p>
      <p>
        Ask an admin to widen your role's read scope under <strong>Settings → Roles</strong>, or to add you to
        the conversation's team.
      </p>
      <p><a href="/sign-in?next=${encodeURIComponent(retryPath)}">Sign in as someone else</a></p>
      ${HOME}`,
    user,
  );
}

/** Why a link stopped working, for the 410 page. */
export type LinkEnd = 'revoked' | 'expired' | 'deleted';

/** 410: the link existed and worked once; the page says what happened and leads home. */
export function linkGonePage(end: LinkEnd, caller: User): Html {
  const reasons: Record<LinkEnd, string> = {
    deleted: 'The conversation it pointed to was deleted.',
    revoked: 'Whoever shared it revoked it.',
    expired: 'It was made to expire, and that time has passed.',
  };
  const why = reasons[end];
  return layout(
    'Link no longer works',
    html`<h1>This link no longer works</h1>
      <p>${why} Ask whoever shared it for a new link if you still need the conversation.</p>
      ${HOME}`,
    caller,
  );
}

/** 403: Companion threads are private to the person who started them. */
export function privateThreadPage(caller: User): Html {
  return layout(
    'Private thread',
    html`<h1>This Companion thread is private</h1>
      <p>
        You're signed in as ${caller.name}. Only the person who started a Companion thread can open it; start
        your own from the conversation's Companion icon.
      </p>
      ${HOME}`,
    caller,
  );
}

export function notFoundPage(caller?: User): Html {
  return layout(
    'Not found',
    html`<h1>Nothing here</h1>
      <p>This page or link doesn't exist. If someone sent you a link, check that you copied all of it.</p>
      ${HOME}`,
    caller,
  );
}
