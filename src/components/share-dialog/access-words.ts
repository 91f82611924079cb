import type { AccessReason, ShareAccess } from '../../adapter/types.js';
import type { HarmonyStrings } from '../../i18n/strings.js';

/** Why someone can open the link, in words: "created it", "team Sales", "reads all conversations". */
export function reasonText(because: AccessReason, team: string | undefined, t: HarmonyStrings): string {
  if (because === 'creator') return t.reasonCreator;
  if (because === 'team') return t.reasonTeam(team);
  return t.reasonAll;
}

/** The one sentence an answer is shown and announced as. */
export function accessAnswerText(answer: ShareAccess, who: string, t: HarmonyStrings): string {
  const name = answer.person?.name ?? who;
  const { because } = answer;
  if (answer.canOpen && (because === 'creator' || because === 'team' || because === 'all'))
    return t.accessCan(name, reasonText(because, answer.team, t));
  if (!answer.person || because === 'unknown-person') return t.accessUnknown(who);
  return t.accessCannot(name, because === 'scope-own' ? 'own' : 'team');
}
