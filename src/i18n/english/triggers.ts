import type { HarmonyStrings } from '../strings.js';

/** The words of the elements' triggers (the ⋯ and Companion buttons): what a page shows before anyone clicks. */
export type TriggerWordKey =
  | 'untitled'
  | 'moreActions'
  | 'moreActionsNoTitle'
  | 'discussWithCompanion'
  | 'companionUnavailable'
  | 'companionProcessingFailed'
  | 'openingCompanion';

export type TriggerStrings = Pick<HarmonyStrings, TriggerWordKey>;

/** English for the triggers; loaded with the elements. */
export const triggerWords: TriggerStrings = {
  untitled: 'Untitled conversation',
  moreActions: (title) => `More actions for ${title}`,
  discussWithCompanion: 'Discuss with Companion',
  companionUnavailable: 'Available when processing completes',
  companionProcessingFailed: 'This conversation failed to process, so Companion cannot discuss it.',
  openingCompanion: 'Opening Companion…',
  moreActionsNoTitle: 'More actions',
};
