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
 * `base` with each layer of overrides on top, in order (a locale, then an element's `strings`). Records
 * of messages merge per key, so a partial record never blanks the others.
 */
export function mergeStrings<T extends object>(base: T, layers: (PartialHarmonyStrings | undefined)[]): T {
  const present = layers.filter((layer) => layer !== undefined);
  if (present.length === 0) return base;
  const merged = { ...base } as Record<string, unknown>;
  for (const layer of present) {
    for (const [key, value] of Object.entries(layer)) {
      // Missing, undefined or empty: the layer below speaks (an empty word would leave a button unnamed).
      if (value === undefined || value === '') continue;
      const below = merged[key];
      merged[key] = isRecord(below) && isRecord(value) ? { ...below, ...value } : value;
    }
  }
  return merged as T;
}
