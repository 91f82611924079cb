import type { HarmonyErrorCode } from '../adapter/errors.js';

/**
 * Every word Harmony's elements show or announce. Hosts override any subset
 * per element through its `strings` property; function-valued entries take the
 * values they interpolate.
 */
export interface HarmonyStrings {
  shareTitle: (title: string) => string;
  shareDescription: string;
  close: string;
  done: string;
  loading: string;
  /** The heading when the conversation could not be loaded (the error below says why). */
  loadFailed: string;
  untitled: string;
  sharePdf: string;
  generatingPdf: string;
  pdfReady: (filename: string) => string;
  /** The visible line after Share PDF, when the browser was asked to download it. */
  pdfDownloaded: (filename: string) => string;
  pdfMadeInBrowser: string;
  openPdf: string;
  openPdfHint: string;
  /** The disclosure under Share PDF that holds the choice of what the report includes. */
  customizePdf: string;
  /** The legend of the report's parts to include. */
  pdfSectionsLegend: string;
  pdfSectionSummary: string;
  pdfSectionActionItems: string;
  pdfSectionKeyPoints: string;
  /** Every insight that is not a summary, action items or key points. */
  pdfSectionOther: string;
  /** Beside the closed disclosure when some parts are left out; `parts` is the chosen ones, as a list. */
  pdfSectionsChosen: (parts: string) => string;
  /** Why Share PDF is unavailable when every part is left out. */
  pdfSectionsNone: string;
  /** Under the choice: no choice puts the transcript in the report. */
  pdfNoTranscript: string;
  generateLink: string;
  generatingLink: string;
  linkReady: string;
  shareableLink: string;
  copy: string;
  copied: string;
  copyFailed: string;
  pressToCopy: (shortcut: string) => string;
  linkAudience: string;
  /** While the backend is asked who can open the link. */
  linkAudienceLoading: string;
  /** Names the first people who can open the link (two, or all of three) and counts the rest. */
  linkAudienceNamed: (names: string[], others: number) => string;
  /** The backend lists nobody who can open the link. */
  linkAudienceEmpty: string;
  /** The audience could not be loaded; `linkAudience` still says the rule above it. */
  linkAudienceFailed: string;
  /** The disclosure button that lists each person and why they can open the link. */
  linkAudienceShow: string;
  /** Why someone can open the link: they created the conversation. */
  reasonCreator: string;
  /** Why someone can open the link: a team of theirs owns the conversation (named when known). */
  reasonTeam: (team?: string) => string;
  /** Why someone can open the link: their role reads every conversation. */
  reasonAll: string;
  checkAccessLabel: string;
  /** Placeholder of the check field. */
  checkAccessPlaceholder: string;
  /** A query longer than the field takes (set from script; typing stops at the limit). */
  checkAccessTooLong: (max: number) => string;
  checkingAccess: (who: string) => string;
  /** `reason` is one of reasonCreator, reasonTeam, reasonAll. */
  accessCan: (name: string, reason: string) => string;
  /** Someone whose role reads only their own (`own`) or their teams' (`team`) conversations. */
  accessCannot: (name: string, scope: 'own' | 'team') => string;
  /** Nobody in the workspace matches what was typed: a plain answer, not an error. */
  accessUnknown: (who: string) => string;
  /** Before the error's own message, when a check could not be made. */
  accessCheckFailed: string;
  linkExpiryLabel: string;
  linkExpiryNever: string;
  linkExpiryDays: (days: number) => string;
  /** Under a link made to expire; `date` is formatted in the element's language. */
  linkExpiresOn: (date: string) => string;
  revokeLink: string;
  revokeConfirm: string;
  revokeConfirmYes: string;
  revokeConfirmNo: string;
  linkRevoked: string;
  /** The visible line after a revoke, beside the button that makes a new link. */
  linkRevokedNote: string;
  generateNewLink: string;
  stillProcessing: string;
  processingFailed: string;
  retry: string;
  errorMessages: Record<HarmonyErrorCode, string>;
  errorNextSteps: Record<HarmonyErrorCode, string>;
  retryIn: (seconds: number) => string;
  /** Replaces the countdown when a rate-limited wait has ended. */
  retryNow: string;
  moreActions: (title: string) => string;
  share: string;
  shareUnavailable: string;
  discussWithCompanion: string;
  companionSuggestion: string;
  /** Why Discuss with Companion is unavailable while the conversation processes. */
  companionUnavailable: string;
  /** Why Discuss with Companion is unavailable for a conversation whose processing failed. */
  companionProcessingFailed: string;
  openingCompanion: string;
  openCompanionThread: string;
  /** The ⋯ button's name before the conversation's title is known. */
  moreActionsNoTitle: string;
  popupBlocked: string;
  /** Companion's own wording where the shared error message speaks of sharing; other codes use errorMessages. */
  companionErrorMessages: Partial<Record<HarmonyErrorCode, string>>;
}

export const englishStrings: HarmonyStrings = {
  shareTitle: (title) => `Share "${title}"`,
  shareDescription: "Choose how you'd like to share this conversation insight report",
  close: 'Close',
  done: 'Done',
  loading: 'Loading conversation…',
  loadFailed: "Couldn't load this conversation",
  untitled: 'Untitled conversation',
  sharePdf: 'Share PDF',
  generatingPdf: 'Generating PDF…',
  pdfReady: (filename) => `${filename} is downloading.`,
  pdfDownloaded: (filename) => `Downloaded ${filename}. Find it in your downloads.`,
  pdfMadeInBrowser: 'The server could not make the report, so it was made in your browser.',
  openPdf: 'Open PDF',
  openPdfHint: 'Your browser blocked the download. Open the report instead:',
  customizePdf: 'Customize PDF',
  pdfSectionsLegend: 'Include in the PDF',
  pdfSectionSummary: 'Summary',
  pdfSectionActionItems: 'Action items',
  pdfSectionKeyPoints: 'Key points',
  pdfSectionOther: 'Other insights',
  pdfSectionsChosen: (parts) => `Includes ${parts}`,
  pdfSectionsNone: 'Choose at least one part of the report.',
  pdfNoTranscript: 'The transcript is never part of the PDF; share a link to give access to it.',
  generateLink: 'Generate Link for Sharing',
  generatingLink: 'Generating link…',
  linkReady: 'Link generated.',
  shareableLink: 'Shareable Link',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Could not copy automatically.',
  pressToCopy: (shortcut) => `The link is selected: press ${shortcut} to copy it.`,
  linkAudience:
    'Only people signed in to Harmony whose role can read this conversation can open the link. Sharing grants no new access.',
  linkAudienceLoading: 'Finding who can open it…',
  linkAudienceNamed: (names, others) => {
    const listed =
      others > 0
        ? `${names.join(', ')} and ${others === 1 ? '1 other' : `${others} others`}`
        : names.length > 1
          ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
          : names.join('');
    return `${listed} can open this link.`;
  },
  linkAudienceEmpty: 'Only you can open this link.',
  linkAudienceFailed: "Couldn't find out who can open this link.",
  linkAudienceShow: 'Who and why',
  reasonCreator: 'created it',
  reasonTeam: (team) => (team ? `team ${team}` : 'their team owns it'),
  reasonAll: 'reads all conversations',
  checkAccessLabel: 'Check who can open it',
  checkAccessPlaceholder: 'Name or email',
  checkAccessTooLong: (max) => `Type a name or an email of at most ${max} characters.`,
  checkingAccess: (who) => `Checking ${who}…`,
  accessCan: (name, reason) => `${name} can open it (${reason}).`,
  accessCannot: (name, scope) =>
    `${name} can't open it: their role reads only ${
      scope === 'own' ? 'their own' : "their teams'"
    } conversations. An admin can change that under Settings → Roles.`,
  accessUnknown: (who) => `Nobody in this workspace matches "${who}", so no one by that name can open it.`,
  accessCheckFailed: "Couldn't check who can open it.",
  linkExpiryLabel: 'Link expires',
  linkExpiryNever: 'Until revoked',
  linkExpiryDays: (days) => (days === 1 ? 'After 1 day' : `After ${days} days`),
  linkExpiresOn: (date) => `Expires on ${date}.`,
  revokeLink: 'Revoke link',
  revokeConfirm: 'Revoke this link? It stops working for everyone who has it.',
  revokeConfirmYes: 'Revoke',
  revokeConfirmNo: 'Keep link',
  linkRevoked: 'Link revoked. It no longer opens the conversation.',
  linkRevokedNote: 'Link revoked: it no longer works for anyone who has it.',
  generateNewLink: 'Generate a new link',
  stillProcessing:
    'This conversation is still processing. Sharing becomes available when its status is Completed.',
  processingFailed: 'This conversation failed to process, so it cannot be shared.',
  retry: 'Try again',
  errorMessages: {
    unauthenticated: 'Your Harmony session has ended.',
    forbidden: "You don't have permission to share this conversation.",
    'not-found': 'This conversation no longer exists, or the link was revoked.',
    'not-ready': 'This conversation is still processing.',
    'rate-limited': 'Too many requests right now.',
    unavailable: 'Harmony is temporarily unavailable.',
    network: "Couldn't reach Harmony. Check your connection.",
    timeout: 'Harmony took too long to answer.',
    aborted: 'The request was cancelled.',
    'invalid-response': 'Harmony sent an answer we could not read.',
    unsupported: 'This action is not available here.',
  },
  errorNextSteps: {
    unauthenticated: 'Sign in to Harmony again, then try again.',
    forbidden: 'Ask an admin to check your role under Settings → Roles.',
    'not-found': 'Check the conversation still exists, then try again.',
    'not-ready': 'Wait until its status reads Completed, then try again.',
    'rate-limited': 'Wait a moment, then try again.',
    unavailable: 'Try again in a moment.',
    network: 'Try again when you are back online.',
    timeout: 'Try again.',
    aborted: 'Try again.',
    'invalid-response': 'Try again; if it keeps happening, contact your admin.',
    unsupported: 'Contact your admin if you need it.',
  },
  retryIn: (seconds) => `You can try again in ${seconds} s.`,
  retryNow: 'You can try again now.',
  moreActions: (title) => `More actions for ${title}`,
  share: 'Share',
  shareUnavailable: 'Available when processing completes',
  discussWithCompanion: 'Discuss with Companion',
  companionSuggestion: 'Summarize this meeting…',
  companionUnavailable: 'Available when processing completes',
  companionProcessingFailed: 'This conversation failed to process, so Companion cannot discuss it.',
  openingCompanion: 'Opening Companion…',
  openCompanionThread: 'Open the Companion thread',
  moreActionsNoTitle: 'More actions',
  popupBlocked: 'Your browser blocked the new window.',
  companionErrorMessages: {
    forbidden: "You don't have permission to discuss this conversation with Companion.",
    'not-found': 'This conversation no longer exists.',
    unsupported: 'Companion is not available here.',
  },
};

/**
 * Some of the words: what a host's `strings` property or a host's own locale gives. Records of messages
 * (`errorMessages`, …) may be partial too; every word left out falls back to the next layer, then English.
 */
export type PartialHarmonyStrings = {
  [K in keyof HarmonyStrings]?: HarmonyStrings[K] extends (...args: never[]) => unknown
    ? HarmonyStrings[K]
    : HarmonyStrings[K] extends object
      ? Partial<HarmonyStrings[K]>
      : HarmonyStrings[K];
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * The English defaults with each layer of overrides on top, in order (a locale, then an element's
 * `strings`). Records of messages merge per key, so a partial record never blanks the others.
 */
export function resolveStrings(...layers: (PartialHarmonyStrings | undefined)[]): HarmonyStrings {
  const present = layers.filter((layer) => layer !== undefined);
  if (present.length === 0) return englishStrings;
  const merged: Record<string, unknown> = { ...englishStrings };
  for (const layer of present) {
    for (const [key, value] of Object.entries(layer)) {
      // Missing, undefined or empty: the layer below speaks (an empty word would leave a button unnamed).
      if (value === undefined || value === '') continue;
      const below = merged[key];
      merged[key] = isRecord(below) && isRecord(value) ? { ...below, ...value } : value;
    }
  }
  return merged as unknown as HarmonyStrings;
}
