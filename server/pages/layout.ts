import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/**
 * The shell of every server-rendered page. Templates use Hono's `html` tag, which escapes each
 * interpolated value, so names and titles from the store can never inject markup.
 */
export function layout(title: string, content: Html): Html {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · Harmony</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="/demo/base.css" />
      </head>
      <body class="plain-page">
        <main class="card narrow">${content}</main>
      </body>
    </html>`;
}
