import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { User } from '../model.js';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** The product's top bar, as on the conversation page: who is signed in and a way out, or a way in. */
function topBar(caller: User | undefined): Html {
  return html`<header class="topbar">
    <a class="brand" href="/">Harmony</a>
    <div class="session">
      ${
        caller
          ? html`<p class="signed-in-as">Signed in as <strong>${caller.name}</strong></p>
              <form method="post" action="/sign-out">
                <button type="submit" class="quiet">Sign out</button>
              </form>`
          : html`<p class="signed-in-as">Not signed in</p>`
      }
    </div>
  </header>`;
}

/**
 * The shell of every server-rendered page. Templates use Hono's `html` tag, which escapes each
 * interpolated value, so names and titles from the store can never inject markup. No inline script
 * or style: the Content-Security-Policy allows neither.
 */
export function layout(title: string, content: Html, caller?: User): Html {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · Harmony</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="/demo/base.css" />
        <link rel="stylesheet" href="/demo/demo.css" />
      </head>
      <body>
        ${topBar(caller)}
        <div class="plain-page">
          <main class="card narrow">${content}</main>
        </div>
      </body>
    </html>`;
}
