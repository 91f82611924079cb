import type { HarmonyStrings } from '../strings.js';
import type { TriggerWordKey } from './triggers.js';

/**
 * English for what opens: the share dialog, the menu, the Companion callout. It loads with them
 * (each view adds it with `addEnglish`), so a page that nobody clicks in never fetches it.
 */
export const surfaceWords: Omit<HarmonyStrings, TriggerWordKey> = {
  shareTitle: (title) => `Share "${title}"`,
  shareDescription: "Choose how you'd like to share this conversation insight report",
  close: 'Close',
  done: 'Done',
  loading: 'Loading conversation…',
  loadFailed: "Couldn't load this conversation",
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
  share: 'Share',
  shareUnavailable: 'Available when processing completes',
  companionSuggestion: 'Summarize this meeting…',
  openCompanionThread: 'Open the Companion thread',
  popupBlocked: 'Your browser blocked the new window.',
  companionErrorMessages: {
    forbidden: "You don't have permission to discuss this conversation with Companion.",
    'not-found': 'This conversation no longer exists.',
    unsupported: 'Companion is not available here.',
  },
};
