import { Hono } from 'hono';
import type { ShareAccess, ShareAudience } from '../../src/adapter/types.js';
import { accessReason } from '../access.js';
import { apiError } from '../api-error.js';
import type { AppEnv } from '../env.js';
import { findPerson, MAX_WHO_LENGTH, teamName } from '../people.js';
import type { Store } from '../store/index.js';

/**
 * Who can open a link to a conversation, and whether one teammate can: the same read-scope rules that
 * decide every open, so the sender learns before sending what a recipient will meet. The caller's read
 * access is already checked; only people who can read the conversation are ever named as able to.
 */
export function shareAudienceRoutes(store: Store): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get('/:id/share-audience', async (c) => {
    const conversation = c.get('conversation');
    const people = (await store.listUsers())
      .map((user) => ({ user, because: accessReason(user, conversation) }))
      .filter((entry) => entry.because !== undefined)
      .sort((a, b) => a.user.name.localeCompare(b.user.name))
      .map(({ user, because }) => ({
        name: user.name,
        email: user.email,
        because: because!,
        ...(because === 'team' ? { team: teamName(conversation.team) } : {}),
      }));
    const body: ShareAudience = { people, teams: [conversation.team] };
    return c.json(body);
  });

  routes.get('/:id/share-access', async (c) => {
    const who = c.req.query('who');
    if (who === undefined || who.trim() === '' || who.length > MAX_WHO_LENGTH) {
      return apiError(c, 400, `Send who= with a name or an email of 1 to ${MAX_WHO_LENGTH} characters.`);
    }
    const user = findPerson(await store.listUsers(), who);
    if (!user) return c.json({ canOpen: false, because: 'unknown-person' } satisfies ShareAccess);
    const person = { name: user.name, email: user.email };
    const conversation = c.get('conversation');
    const because = accessReason(user, conversation);
    const body: ShareAccess = because
      ? {
          canOpen: true,
          person,
          because,
          ...(because === 'team' ? { team: teamName(conversation.team) } : {}),
        }
      : { canOpen: false, person, because: user.scope === 'own' ? 'scope-own' : 'scope-team' };
    return c.json(body);
  });

  return routes;
}
