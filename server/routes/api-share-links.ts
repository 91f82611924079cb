import { Hono, type Context } from 'hono';
import type { ShareLink } from '../../src/adapter/types.js';
import { canManage } from '../access.js';
import { apiError } from '../api-error.js';
import type { AppEnv } from '../env.js';
import { idempotencyKeyOf } from '../idempotency-key.js';
import { isWellFormedId } from '../ids.js';
import { shareLinkUrl } from '../public-urls.js';
import type { Store } from '../store/index.js';
import { requireCompleted } from './api-guards.js';

const EXPIRY_DAYS = new Set([1, 7, 30]);

/**
 * The optional body `{ expiresInDays: 1 | 7 | 30 }`: the expiry, undefined for none, or null when the
 * body is not one of those.
 */
async function expiryOf(c: Context): Promise<number | undefined | null> {
  const text = await c.req.text();
  if (text.trim() === '') return undefined;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const { expiresInDays } = body as Record<string, unknown>;
  if (expiresInDays === undefined) return undefined;
  return typeof expiresInDays === 'number' && EXPIRY_DAYS.has(expiresInDays) ? expiresInDays : null;
}

/** Creating and revoking share links; the caller's read access is already checked. */
export function shareLinkRoutes(store: Store): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.post('/:id/share-links', requireCompleted, async (c) => {
    const idempotencyKey = idempotencyKeyOf(c);
    if (idempotencyKey instanceof Response) return idempotencyKey;
    const expiresInDays = await expiryOf(c);
    if (expiresInDays === null)
      return apiError(c, 400, 'Send no body, or JSON { "expiresInDays": 1 | 7 | 30 }.');
    const link = await store.createShareLink({
      conversationId: c.get('conversation').id,
      createdBy: c.get('user').id,
      expiresInDays,
      idempotencyKey,
    });
    const body: ShareLink = {
      id: link.id,
      url: shareLinkUrl(c, link.token),
      createdAt: link.createdAt,
      ...(link.expiresAt === undefined ? {} : { expiresAt: link.expiresAt }),
    };
    return c.json(body, 201);
  });

  routes.delete('/:id/share-links/:linkId', async (c) => {
    const linkId = c.req.param('linkId');
    const link = isWellFormedId(linkId) ? await store.findShareLink(linkId) : undefined;
    if (!link || link.conversationId !== c.get('conversation').id) {
      return apiError(c, 404, 'This conversation has no share link with this id.');
    }
    if (!canManage(c.get('user'), link.createdBy)) {
      return apiError(c, 403, 'Only the creator of a link or a role that reads all can revoke it.');
    }
    // Idempotent, as DELETE should be: a retry whose first answer was lost still hears "revoked".
    await store.revokeShareLink(link);
    return c.body(null, 204);
  });

  return routes;
}
