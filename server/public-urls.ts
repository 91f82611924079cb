import type { Context } from 'hono';

/** URLs handed to clients are absolute and use the origin the request arrived on. */
function origin(c: Context): string {
  return new URL(c.req.url).origin;
}

export const conversationPageUrl = (c: Context, id: string) => `${origin(c)}/conversations/${id}`;
export const shareLinkUrl = (c: Context, token: string) => `${origin(c)}/s/${token}`;
export const companionThreadUrl = (c: Context, id: string) => `${origin(c)}/companion/${id}`;
