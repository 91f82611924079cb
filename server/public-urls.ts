import type { Context } from 'hono';
import type { AppEnv } from './env.js';

/**
 * URLs handed to clients are absolute and use the configured public origin, never the Host header,
 * which whoever sends the request controls.
 */
const origin = (c: Context<AppEnv>) => c.get('publicOrigin');

export const conversationPageUrl = (c: Context<AppEnv>, id: string) => `${origin(c)}/conversations/${id}`;
export const shareLinkUrl = (c: Context<AppEnv>, token: string) => `${origin(c)}/s/${token}`;
export const companionThreadUrl = (c: Context<AppEnv>, id: string) => `${origin(c)}/companion/${id}`;
